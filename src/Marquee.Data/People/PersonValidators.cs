using FluentValidation;
using Marquee.Core.Common;
using Marquee.Data.Configuration;
using Marquee.Data.Films;
using Marquee.Core.Text;

namespace Marquee.Data.People;

public sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator(TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        RuleFor(p => p.Name).NotEmpty().WithMessage("A name is required.")
            .Must(n => n is null || n.Trim().Length > 0).WithMessage("A name is required.")
            .MaximumLength(FieldLimits.Name);
        RuleFor(p => p.Slug!).Must(Slug.IsValid).When(p => p.Slug is not null)
            .WithMessage("A slug is lowercase letters and digits joined by single hyphens (e.g. mikey-madison).");
        RuleFor(p => p.BirthYear).InclusiveBetween(1800, thisYear).When(p => p.BirthYear is not null);
        RuleFor(p => p.DeathYear).InclusiveBetween(1800, thisYear).When(p => p.DeathYear is not null);
        RuleFor(p => p.DeathYear).GreaterThanOrEqualTo(p => p.BirthYear).When(p => p.DeathYear is not null && p.BirthYear is not null)
            .WithMessage("The death year cannot be before the birth year.");
        RuleFor(p => p.ImdbId).Matches("^nm[0-9]{7,10}$").When(p => p.ImdbId is not null).WithMessage("An IMDb name id looks like nm1234567.");
        RuleFor(p => p.TmdbId).GreaterThan(0).When(p => p.TmdbId is not null);
        RuleFor(p => p.WikidataId).Matches("^Q[0-9]{1,12}$").When(p => p.WikidataId is not null);
    }
}

public sealed class AliasInputValidator : AbstractValidator<AliasInput>
{
    public AliasInputValidator()
    {
        RuleFor(a => a.Name).NotEmpty().WithMessage("The alias needs a name.").MaximumLength(FieldLimits.Name);
        RuleFor(a => a.Script).MaximumLength(32);
        RuleFor(a => a.Source).MaximumLength(FieldLimits.Note);
    }
}

