using FluentValidation;
using Marquee.Core.Common;
using Marquee.Core.Films;
using Marquee.Data.Configuration;
using Marquee.Core.Text;

namespace Marquee.Data.Films;

public sealed class FilmInputValidator : AbstractValidator<FilmInput>
{
    public const int EarliestYear = 1870;
    public const int MaxRuntime = 1000;

    public FilmInputValidator(TimeProvider clock)
    {
        var latestYear = clock.GetUtcNow().Year + 10;
        RuleFor(f => f.Title).NotEmpty().WithMessage("A title is required.")
            .Must(t => t is null || t.Trim().Length > 0).WithMessage("A title is required.")
            .MaximumLength(FieldLimits.Title);
        RuleFor(f => f.Slug!).Must(Slug.IsValid).When(f => f.Slug is not null)
            .WithMessage("A slug is lowercase letters and digits joined by single hyphens, at most 120 characters (e.g. anora-2024).");
        RuleFor(f => f.OriginalTitle).MaximumLength(FieldLimits.Title);
        RuleFor(f => f.Year).InclusiveBetween(EarliestYear, latestYear).When(f => f.Year is not null)
            .WithMessage($"The year must be between {EarliestYear} and {latestYear}.");
        RuleFor(f => f.Logline).MaximumLength(FieldLimits.Logline);
        RuleFor(f => f.Synopsis).MaximumLength(FieldLimits.Synopsis);
        RuleFor(f => f.RuntimeMinutes).InclusiveBetween(1, MaxRuntime).When(f => f.RuntimeMinutes is not null)
            .WithMessage($"The runtime must be between 1 and {MaxRuntime} minutes.");
        RuleFor(f => f.OriginalLanguage!).Must(Languages.IsValid).When(f => f.OriginalLanguage is not null)
            .WithMessage("The original language must be an ISO 639-1 code such as \"en\".");
        RuleForEach(f => f.Countries).Must(Countries.IsValid).WithMessage("'{PropertyValue}' is not an ISO 3166-1 country code.");
        RuleFor(f => f.Genres).Must(l => l is null || l.Count <= 20).WithMessage("At most 20 genres.");
        RuleForEach(f => f.Genres).NotEmpty().MaximumLength(FieldLimits.Label);
        RuleForEach(f => f.ProductionCompanies).NotEmpty().MaximumLength(FieldLimits.Name);
        RuleForEach(f => f.Distributors).NotEmpty().MaximumLength(FieldLimits.Name);
        RuleFor(f => f.ImdbId).Matches("^tt[0-9]{7,10}$").When(f => f.ImdbId is not null).WithMessage("An IMDb title id looks like tt1234567.");
        RuleFor(f => f.TmdbId).GreaterThan(0).When(f => f.TmdbId is not null);
        RuleFor(f => f.WikidataId).Matches("^Q[0-9]{1,12}$").When(f => f.WikidataId is not null).WithMessage("A Wikidata id looks like Q123.");
    }
}

public sealed class CreditInputValidator : AbstractValidator<CreditInput>
{
    public CreditInputValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().Must(k => k is "cast" or "crew").WithMessage("The kind must be \"cast\" or \"crew\".");
        RuleFor(c => c.Person).NotEmpty().WithMessage("The person's slug is required.");
        RuleFor(c => c.Person!).Must(Slug.IsValid).When(c => !string.IsNullOrEmpty(c.Person)).WithMessage("Not a valid person slug.");
        RuleFor(c => c.Character).MaximumLength(FieldLimits.Name);
        RuleForEach(c => c.CharacterAliases).NotEmpty().MaximumLength(FieldLimits.Name);
        RuleFor(c => c.Order).InclusiveBetween(0, 10_000).When(c => c.Order is not null);
        RuleFor(c => c.CreditedAs).MaximumLength(FieldLimits.Name);
        RuleFor(c => c.Job).NotEmpty().When(c => c.Kind == "crew").WithMessage("A crew credit needs a job (e.g. Director).");
        RuleFor(c => c.Job).MaximumLength(FieldLimits.Label);
        RuleFor(c => c.Department).MaximumLength(FieldLimits.Label);
    }
}

public sealed class ReleaseDateInputValidator : AbstractValidator<ReleaseDateInput>
{
    public ReleaseDateInputValidator(TimeProvider clock)
    {
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(10);
        RuleFor(r => r.Country).NotEmpty().Must(Countries.IsValid).WithMessage("The country must be an ISO 3166-1 alpha-2 code such as \"US\".");
        RuleFor(r => r.Type).NotEmpty().Must(t => ReleaseTypes.TryParse(t, out _))
            .WithMessage($"The type must be one of: {string.Join(", ", ReleaseTypes.Names)}.");
        RuleFor(r => r.Date).NotNull().WithMessage("A date (yyyy-mm-dd) is required.")
            .Must(d => d is null || (d.Value.Year >= FilmInputValidator.EarliestYear && d.Value <= latest))
            .WithMessage($"The date must be between {FilmInputValidator.EarliestYear} and {latest:yyyy}.");
        RuleFor(r => r.Note).MaximumLength(FieldLimits.Note);
    }
}
