using System.Text.RegularExpressions;

namespace Marquee.Core.Showtimes;

/// <summary>
/// A small table of postal codes in the demo cities (New York, Los Angeles, London) with their approximate centres,
/// so "nearest first" works without an outside geocoder. US ZIP codes by their five digits; UK postcodes by district ("SE1").
/// </summary>
public static partial class PostalCodes
{
    private static readonly Dictionary<string, GeoPoint> Table = new(StringComparer.Ordinal)
    {
        // New York
        ["US:10001"] = new(40.7506, -73.9972), ["US:10002"] = new(40.7157, -73.9863), ["US:10003"] = new(40.7317, -73.9891),
        ["US:10011"] = new(40.7418, -74.0002), ["US:10012"] = new(40.7258, -73.9981), ["US:10013"] = new(40.7200, -74.0050),
        ["US:10014"] = new(40.7340, -74.0054), ["US:10019"] = new(40.7655, -73.9856), ["US:10023"] = new(40.7764, -73.9827),
        ["US:10025"] = new(40.7986, -73.9667), ["US:10028"] = new(40.7764, -73.9533), ["US:11201"] = new(40.6940, -73.9903),
        ["US:11211"] = new(40.7121, -73.9533), ["US:11215"] = new(40.6673, -73.9864), ["US:11217"] = new(40.6826, -73.9790),
        // Los Angeles
        ["US:90004"] = new(34.0763, -118.3089), ["US:90012"] = new(34.0614, -118.2385), ["US:90019"] = new(34.0487, -118.3395),
        ["US:90024"] = new(34.0633, -118.4406), ["US:90026"] = new(34.0766, -118.2646), ["US:90027"] = new(34.1040, -118.2924),
        ["US:90028"] = new(34.0993, -118.3269), ["US:90036"] = new(34.0700, -118.3490), ["US:90038"] = new(34.0891, -118.3270),
        ["US:90046"] = new(34.1072, -118.3653), ["US:90048"] = new(34.0724, -118.3723), ["US:90064"] = new(34.0372, -118.4235),
        ["US:90291"] = new(33.9925, -118.4592), ["US:90401"] = new(34.0166, -118.4934),
        // London
        ["GB:W1"] = new(51.5145, -0.1450), ["GB:W2"] = new(51.5150, -0.1800), ["GB:W11"] = new(51.5130, -0.2060),
        ["GB:WC1"] = new(51.5230, -0.1220), ["GB:WC2"] = new(51.5120, -0.1230), ["GB:EC1"] = new(51.5240, -0.1000),
        ["GB:EC2"] = new(51.5190, -0.0850), ["GB:E1"] = new(51.5170, -0.0590), ["GB:E2"] = new(51.5290, -0.0600),
        ["GB:E8"] = new(51.5430, -0.0640), ["GB:N1"] = new(51.5380, -0.0990), ["GB:N16"] = new(51.5610, -0.0760),
        ["GB:NW1"] = new(51.5340, -0.1440), ["GB:SE1"] = new(51.5010, -0.0940), ["GB:SE15"] = new(51.4700, -0.0660),
        ["GB:SW1"] = new(51.4970, -0.1370), ["GB:SW3"] = new(51.4890, -0.1680), ["GB:SW9"] = new(51.4700, -0.1140),
    };

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex UsZip();

    // A UK postcode's district: letters, a digit, then an optional digit or letter ("SE15", "W1D", "EC1A").
    [GeneratedRegex(@"^([A-Z]{1,2})(\d{1,2})([A-Z]?)(\d[A-Z]{2})?$")]
    private static partial Regex UkPostcode();

    /// <summary>The approximate centre of a postal code, or null when it is not in the table.</summary>
    public static GeoPoint? Locate(string? postalCode)
    {
        var code = (postalCode ?? "").Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (code.Length == 0) return null;
        if (UsZip().IsMatch(code)) return Table.TryGetValue("US:" + code[..5], out var us) ? us : null;
        var uk = UkPostcode().Match(code);
        if (!uk.Success) return null;
        var district = uk.Groups[1].Value + uk.Groups[2].Value;
        // "W1D" and "EC1A" are sub-districts: try them, then the district.
        if (Table.TryGetValue("GB:" + district + uk.Groups[3].Value, out var exact)) return exact;
        return Table.TryGetValue("GB:" + district, out var gb) ? gb : null;
    }
}
