using Marquee.Core.Showtimes;

namespace Marquee.Tests.Showtimes;

/// <summary>The pure feed reader: CSV and JSON into rows, with line numbers; then each row's fields typed.</summary>
public sealed class ShowtimeFeedTests
{
    [Fact]
    public void Csv_cells_may_be_quoted_with_commas_quotes_and_line_breaks_and_rows_keep_their_first_line()
    {
        const string csv = "film,cinema_id,screen,local_time,subtitles\r\n"
            + "anora-2024,houston-street-picturehouse,1,2026-11-20T19:30,\"en, fr\"\r\n"
            + "\r\n"
            + "anora-2024,houston-street-picturehouse,\"Screen \"\"Big\"\"\nupstairs\",2026-11-20T22:00,\n"
            + "tangerine-2015,atlantic-avenue-screens,2,2026-11-21T18:00,\n";
        var (rows, errors) = ShowtimeFeed.ParseCsv(csv);
        Assert.Empty(errors);
        Assert.Equal([2, 4, 6], rows.Select(r => r.Line));
        Assert.Equal("en, fr", rows[0]["subtitles"]);
        Assert.Equal("Screen \"Big\"\nupstairs", rows[1]["screen"]);
        Assert.Null(rows[1]["subtitles"]);
        Assert.Equal("tangerine-2015", rows[2]["film"]);
    }

    [Fact]
    public void Csv_header_and_row_problems_are_reported_by_line()
    {
        var (_, unknown) = ShowtimeFeed.ParseCsv("film,cinema_id,showtime\nanora-2024,x,1\n");
        Assert.Equal(new FeedError(1, "showtime", unknown[0].Reason), Assert.Single(unknown));

        var (rows, errors) = ShowtimeFeed.ParseCsv("film,cinema_id,screen,local_time\nanora-2024,x,1\nanora-2024,x,1,2026-01-01T10:00\nanora-2024,\"x,1,2026\n");
        Assert.Single(rows);
        Assert.Equal([(2, "row"), (4, "row")], errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("header has 4", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not closed", errors[1].Reason, StringComparison.Ordinal);

        var (_, empty) = ShowtimeFeed.ParseCsv("");
        Assert.Equal("header", Assert.Single(empty).Field);
    }

    [Fact]
    public void Json_rows_carry_the_line_their_object_starts_on_and_unknown_fields_are_refused()
    {
        const string json = """
            {
              "screenings": [
                { "film": "anora-2024", "cinemaId": "hackney-kinema", "screen": "1", "localTime": "2026-11-20T19:30",
                  "price": 14.5, "captions": true, "subtitles": null },
                { "film": "anora-2024", "cinemaId": "hackney-kinema", "screen": "1", "startTime": "2026-11-20T22:00" },
                { "film": "anora-2024", "cinemaId": "hackney-kinema", "screen": ["1"] },
                42
              ]
            }
            """;
        var (rows, errors) = ShowtimeFeed.ParseJson(json);
        var row = Assert.Single(rows);
        Assert.Equal(3, row.Line);
        Assert.Equal("hackney-kinema", row["cinema_id"]);
        Assert.Equal("14.5", row["price"]);
        Assert.Equal("true", row["captions"]);
        Assert.Null(row["subtitles"]);
        Assert.Equal([(5, "startTime"), (6, "screen"), (7, "row")], errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void Json_may_be_a_bare_array_and_broken_json_is_one_error()
    {
        var (rows, errors) = ShowtimeFeed.ParseJson("[{\"film\":\"a\"},\n{\"film\":\"b\"}]");
        Assert.Empty(errors);
        Assert.Equal([1, 2], rows.Select(r => r.Line));
        var (_, broken) = ShowtimeFeed.ParseJson("[{\"film\":\"a\"},\n{\"film\":");
        Assert.Equal("body", Assert.Single(broken).Field);
        Assert.True(ShowtimeFeed.LooksLikeJson("\uFEFF  [ ]"));
        Assert.False(ShowtimeFeed.LooksLikeJson("film,screen"));
    }

    [Theory]
    [InlineData("film", "", "film")]
    [InlineData("cinema_id", "", "cinema")]
    [InlineData("screen", "", "screen")]
    [InlineData("local_time", "", "local_time")]
    [InlineData("local_time", "20/11/2026 19:30", "local_time")]
    [InlineData("local_time", "2026-02-30T19:30", "local_time")]
    [InlineData("local_time", "2026-11-20T19:30+15:00", "local_time")]
    [InlineData("format", "4DX", "format")]
    [InlineData("captions", "maybe", "captions")]
    [InlineData("price", "-3", "price")]
    [InlineData("price", "12,50", "price")]
    [InlineData("currency", "DOLLARS", "currency")]
    [InlineData("ticket_url", "javascript:alert(1)", "ticket_url")]
    public void A_bad_field_is_named(string field, string value, string expectedField)
    {
        var fields = Valid();
        fields[field] = value;
        var (draft, errors) = ScreeningDrafts.Clean(new FeedRow(9, fields));
        Assert.Null(draft);
        var error = Assert.Single(errors);
        Assert.Equal((9, expectedField), (error.Line, error.Field));
    }

    [Fact]
    public void A_good_row_becomes_a_typed_draft()
    {
        var fields = Valid();
        fields["local_time"] = "2026-11-01 01:30-05:00";
        fields["format"] = "imax";
        fields["sold_out"] = "yes";
        var (draft, errors) = ScreeningDrafts.Clean(new FeedRow(2, fields));
        Assert.Empty(errors);
        Assert.Equal(new DateTime(2026, 11, 1, 1, 30, 0), draft!.LocalTime);
        Assert.Equal(TimeSpan.FromHours(-5), draft.Offset);
        Assert.Equal(ScreeningFormat.Imax, draft.Format);
        Assert.True(draft.SoldOut);
        Assert.Equal(15.50m, draft.Price);
    }

    private static Dictionary<string, string> Valid() => new()
    {
        ["film"] = "anora-2024", ["cinema_id"] = "houston-street-picturehouse", ["screen"] = "1", ["local_time"] = "2026-11-20T19:30",
        ["price"] = "15.50", ["currency"] = "usd", ["ticket_url"] = "https://tickets.example.com/1",
    };
}
