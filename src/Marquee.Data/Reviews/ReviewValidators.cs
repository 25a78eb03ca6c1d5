using FluentValidation;
using Marquee.Core.Common;
using Marquee.Core.Reviews;
using Marquee.Core.Scores;
using Marquee.Core.Text;

namespace Marquee.Data.Reviews;

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator()
    {
        RuleFor(r => r.Film).NotEmpty().WithMessage("Name the film by its slug (e.g. anora-2024).");
        RuleFor(r => r.Slug!).Must(Slug.IsValid).When(r => r.Slug is not null)
            .WithMessage("A slug is lowercase letters and digits joined by single hyphens (e.g. anora-review).");
        RuleFor(r => r.Headline).Must(NotBlank).WithMessage("A headline is required.").MaximumLength(ReviewLimits.Headline);
        RuleFor(r => r.Dek).Must(NotBlank).WithMessage("A one-line summary (dek) is required.").MaximumLength(ReviewLimits.Dek);
        RuleFor(r => r.Body).Must(NotBlank).WithMessage("The body is empty; write the review.").MaximumLength(ReviewLimits.Body);
        RuleFor(r => r.Body!).Must(body => ReviewMarkdownSyntax.Problem(body) is null).WithMessage(ReviewMarkdownSyntax.TooDeep)
            .When(r => NotBlank(r.Body) && r.Body!.Length <= ReviewLimits.Body);
        RuleFor(r => r.EditorsNote).MaximumLength(ReviewLimits.EditorsNote);
        RuleFor(r => r.CorrectionNote).MaximumLength(ReviewLimits.CorrectionNote);
        RuleFor(r => r.SpoilerLevel).Custom((text, context) =>
        {
            if (ReviewStatuses.TryParseSpoilerLevel(text, out var level)) context.RootContextData[nameof(ReviewChoices.SpoilerLevel)] = level;
            else context.AddFailure("SpoilerLevel", "The spoiler level is one of: none, premise, full.");
        });
        RuleFor(r => r.ScoreScale).Must(s => ScoreScales.TryParseName(s, out _))
            .WithMessage($"The scale is one of: {ScoreScales.Names}.");
        RuleFor(r => r.Score).Custom((text, context) =>
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            if (!ScoreScales.TryParseName(context.InstanceToValidate.ScoreScale, out var scale)) return;
            var read = Score.ParseOnScale(text, scale);
            if (read.Score is { } score) context.RootContextData[nameof(ReviewChoices.Score)] = score;
            else context.AddFailure("Score", read.Error!);
        });
    }

    /// <summary>Checks the input and hands on what it read, so nothing is parsed twice: the choices, or the errors by field.</summary>
    public (ReviewChoices? Choices, IReadOnlyDictionary<string, string[]>? Errors) Read(ReviewInput input)
    {
        var context = new ValidationContext<ReviewInput>(input);
        var result = Validate(context);
        if (!result.IsValid) return (null, Validation.ToErrors(result.Errors));
        var data = context.RootContextData;
        return (new ReviewChoices((SpoilerLevel)data[nameof(ReviewChoices.SpoilerLevel)], data.TryGetValue(nameof(ReviewChoices.Score), out var score) ? (Score)score : null), null);
    }

    private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);
}

/// <summary>What a valid <see cref="ReviewInput"/> was read into: its spoiler level and its score (none when blank).</summary>
public sealed record ReviewChoices(SpoilerLevel SpoilerLevel, Score? Score);

public sealed class ReviewImageInputValidator : AbstractValidator<ReviewImageInput>
{
    public ReviewImageInputValidator()
    {
        RuleFor(i => i.AltText).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Describe the image in alt text.")
            .MaximumLength(ReviewLimits.AltText);
        RuleFor(i => i.Caption).MaximumLength(ReviewLimits.Caption);
        RuleFor(i => i.Credit).MaximumLength(ReviewLimits.Caption);
        RuleFor(i => i.Licence).MaximumLength(100);
    }
}
