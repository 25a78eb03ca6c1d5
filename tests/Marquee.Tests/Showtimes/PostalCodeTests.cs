using Marquee.Core.Showtimes;

namespace Marquee.Tests.Showtimes;

public sealed class PostalCodeTests
{
    [Theory]
    [InlineData("10012", 40.7258, -73.9981)]
    [InlineData(" 10012-1234 ", 40.7258, -73.9981)]
    [InlineData("90028", 34.0993, -118.3269)]
    [InlineData("se1 7pb", 51.5010, -0.0940)]
    [InlineData("SE17PB", 51.5010, -0.0940)]
    [InlineData("SE15 3SN", 51.4700, -0.0660)]
    [InlineData("W1D 3AF", 51.5145, -0.1450)]
    [InlineData("E8", 51.5430, -0.0640)]
    public void Known_codes_locate_to_their_district(string code, double latitude, double longitude)
    {
        var point = PostalCodes.Locate(code);
        Assert.NotNull(point);
        Assert.Equal(latitude, point.Value.Latitude, 4);
        Assert.Equal(longitude, point.Value.Longitude, 4);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("99999")]
    [InlineData("E14 5AB")]
    [InlineData("not a code")]
    [InlineData("1001")]
    public void Unknown_codes_are_null(string? code) => Assert.Null(PostalCodes.Locate(code));

    [Theory]
    // Great-circle distances between city centres, to within half a percent.
    [InlineData(40.7128, -74.0060, 51.5074, -0.1278, 5570)]
    [InlineData(40.7128, -74.0060, 34.0522, -118.2437, 3936)]
    [InlineData(51.5074, -0.1278, 51.5074, -0.1278, 0)]
    public void Distance_is_haversine_in_kilometres(double lat1, double lon1, double lat2, double lon2, double expectedKm)
    {
        var km = new GeoPoint(lat1, lon1).DistanceKm(new GeoPoint(lat2, lon2));
        Assert.InRange(km, expectedKm * 0.995 - 0.01, expectedKm * 1.005 + 0.01);
    }
}
