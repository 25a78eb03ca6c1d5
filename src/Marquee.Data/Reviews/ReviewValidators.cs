using FluentValidation;
using Marquee.Core.Common;
using Marquee.Core.Reviews;
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
        RuleFor(r => r.SpoilerLevel).Must(s => ReviewStatuses.TryParseSpoilerLevel(s, out _))
            .WithMessage("The spoiler level is one of: none, premise, full.");
        RuleFor(r => r.ScoreScale).Must(s => ReviewScore.TryParseScale(s, out _))
            .WithMessage("The scale is one of: out-of-10, stars-5, stars-4, letter, out-of-100.");
        RuleFor(r => r.Score).Custom((score, context) =>
        {
            if (string.IsNullOrWhiteSpace(score)) return;
            if (!ReviewScore.TryParseScale(context.InstanceToValidate.ScoreScale, out var scale)) return;
            if (!ReviewScore.TryParse(score, scale, out _, out var error)) context.AddFailure("Score", error!);
        });
    }

    private static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);
}

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
