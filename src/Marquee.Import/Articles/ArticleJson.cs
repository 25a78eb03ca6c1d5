using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marquee.Core.Scores;

namespace Marquee.Import.Articles;

/// <summary>Writes an <see cref="ExtractedArticle"/> as one JSON object with the gold files' field names.</summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("film_title", article.FilmTitle);
            WriteDate(w, "publication_date", article.PublicationDate);
            w.WriteString("author", article.Author);
            WriteScore(w, article.Score);
            if (article.Score is null) w.WriteNull("normalised_score"); else w.WriteNumber("normalised_score", article.Score.Normalised);
            w.WriteBoolean("has_spoiler_warning", article.HasSpoilerWarning);
            w.WriteString("spoiler_note", article.SpoilerNote);
            WriteList(w, "directors", article.Directors);
            WriteList(w, "writers", article.Writers);
            w.WriteStartArray("credits");
            foreach (var c in article.Credits)
            {
                w.WriteStartObject();
                w.WriteString("person", c.Person);
                w.WriteString("character", c.Character);
                WriteList(w, "character_aliases", c.CharacterAliases);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteList(w, "cast_list", article.CastList);
            if (article.RuntimeMinutes is int runtime) w.WriteNumber("runtime_minutes", runtime); else w.WriteNull("runtime_minutes");
            WriteDate(w, "release_date_stated", article.ReleaseDateStated);
            WriteList(w, "people", article.People);
            w.WriteStartArray("name_variants");
            foreach (var v in article.NameVariants)
            {
                w.WriteStartArray();
                w.WriteStringValue(v.First);
                w.WriteStringValue(v.Second);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            WriteList(w, "headings", article.Headings);
            WriteList(w, "image_credits", article.ImageCredits);
            WriteList(w, "paragraphs", article.Paragraphs);
            WriteList(w, "warnings", article.Warnings);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // Gold shape: {"value": 9, "scale": 10, "raw": "9 10"} or {"value": "B+", "scale": "letter", "raw": …}.
    private static void WriteScore(Utf8JsonWriter w, Score? score)
    {
        if (score is null) { w.WriteNull("score"); return; }
        w.WriteStartObject("score");
        if (score.Grade is not null) w.WriteString("value", score.Grade); else w.WriteNumber("value", score.Value ?? 0);
        if (score.Scale.Maximum() is int max) w.WriteNumber("scale", max); else w.WriteString("scale", score.Scale.Name());
        w.WriteString("raw", score.Raw);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is null) w.WriteNull(name);
        else w.WriteString(name, date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }
}
