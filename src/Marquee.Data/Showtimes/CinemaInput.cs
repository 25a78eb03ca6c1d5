using FluentValidation;
using Marquee.Core.Common;
using Marquee.Core.Showtimes;
using Marquee.Data.Configuration;
using Marquee.Core.Text;

namespace Marquee.Data.Showtimes;

/// <summary>A cinema as editors send it; the slug is made from name and city when absent.</summary>
public sealed record CinemaInput(
    string? Slug,
    string? Name,
    string? Address,
    string? City,
    string? PostalCode,
    string? Country,
    double? Latitude,
    double? Longitude,
    string? TimeZone,
    int? Screens,
    string? Website);

public sealed class CinemaInputValidator : AbstractValidator<CinemaInput>
{
    public CinemaInputValidator()
    {
        RuleFor(c => c.Slug).Must(Slug.IsValid!).When(c => c.Slug is not null).WithMessage("Lowercase letters, digits and single hyphens.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(FieldLimits.Name);
        RuleFor(c => c.Address).MaximumLength(ShowtimeLimits.Address);
        RuleFor(c => c.City).NotEmpty().MaximumLength(FieldLimits.Label);
        RuleFor(c => c.PostalCode).MaximumLength(ShowtimeLimits.PostalCode);
        RuleFor(c => c.Country).NotEmpty().Must(Countries.IsValid).WithMessage("An ISO 3166-1 alpha-2 code such as US or GB.");
        RuleFor(c => c.Latitude).NotNull().InclusiveBetween(-90, 90);
        RuleFor(c => c.Longitude).NotNull().InclusiveBetween(-180, 180);
        RuleFor(c => c.TimeZone).NotEmpty().Must(z => ZonedTime.FindZone(z) is not null).WithMessage("An IANA time zone such as America/New_York.");
        RuleFor(c => c.Screens).InclusiveBetween(1, 100);
        RuleFor(c => c.Website).MaximumLength(ShowtimeLimits.Url).Must(w => ScreeningDrafts.IsWebAddress(w!)).When(c => c.Website is not null)
            .WithMessage("An http or https address.");
    }
}
