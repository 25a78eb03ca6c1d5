namespace Marquee.Import.Articles;

/// <summary>Finds runs of capitalised words next to a position and says whether they look like a person or a character.</summary>
public static class NameSpans
{
    private static readonly HashSet<string> Particles =
        new(["de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "bin", "al", "el"], StringComparer.Ordinal);

    /// <summary>Titles a character's name may carry ("Detective Lieutenant Elliot", "Dr Godwin Baxter").</summary>
    public static readonly HashSet<string> Titles = new(
        ["Dr", "Dr.", "Doctor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Sir", "Dame", "Lord", "Lady", "Professor", "Prof",
         "Detective", "Lieutenant", "Sergeant", "Sgt", "Captain", "Capt", "Officer", "Agent", "Trooper", "Inspector", "Sheriff",
         "Deputy", "Colonel", "General", "Major", "Private", "Commander", "Admiral", "Monsignor", "Cardinal", "Archbishop",
         "Bishop", "Father", "Sister", "Brother", "Mother", "Reverend", "Pope", "King", "Queen", "Prince", "Princess", "Uncle",
         "Aunt", "Auntie", "Grandma", "Grandpa", "Young", "Old", "Little", "Big", "Judge", "Nurse", "Coach", "President", "Senator"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> StopWords = new(
        ["The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "Without", "But", "And",
         "Or", "Nor", "So", "Yet", "If", "When", "While", "After", "Before", "Although", "Though", "As", "Because", "Since", "Until",
         "It", "Its", "It’s", "It's", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "What",
         "Who", "Whom", "Whose", "Why", "How", "Where", "There", "Here", "Then", "Now", "Also", "Even", "Just", "Only", "Still",
         "Yes", "No", "Not", "Upon", "Amidst", "Amid", "Through", "Throughout", "Meanwhile", "However", "Instead", "Initially",
         "Consequently", "Much", "Many", "Most", "Some", "All", "Every", "Each", "One", "Two", "Three", "Four", "Five", "Both",
         "Either", "Neither", "Such", "Like", "Unlike", "Plus", "Thing", "Making", "Reflecting", "Rounding", "Having", "Imagine",
         "Truth", "Great", "Solid", "Viewers", "Alongside", "Between", "Against", "Among", "About", "Of", "To", "Into", "Over",
         "Under", "Did", "Does", "Do", "Is", "Was", "Are", "Were", "Be", "Can", "Will", "Would", "Should", "Could", "May", "Might",
         "Let", "Let’s", "Once", "Twice", "Again", "Well", "Oh", "Wow", "Sure", "Perhaps", "Maybe", "Ultimately", "Overall",
         "Finally", "Later", "Soon", "Eventually", "Together", "Alone", "Every", "Anyone", "Everyone", "Nobody", "Someone", "Other",
         "Another", "Any", "More", "Less", "Very", "Really", "Actually", "Based", "Starring", "Featuring", "Directed", "Written",
         "Read", "Watch", "See", "Go", "Get", "Click", "Note", "Warning", "Editor’s", "Editor's", "Spoilers", "Spoiler"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> NotNames = new(
        ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Review", "Reviews", "Film", "Films", "Movie",
         "Movies", "Oscar", "Oscars", "Academy", "Award", "Awards", "University", "College", "School", "Society", "Project",
         "Festival", "Syndrome", "Street", "Club", "Studios", "Pictures", "Best", "Picture", "Actor", "Actress", "Director",
         "Screenplay", "Cinema", "Theatre", "Theater", "Theatres", "Theaters", "TV", "HBO", "Netflix", "Amazon", "Hulu", "Disney",
         "Marvel", "Christmas", "Easter", "Times", "News", "Magazine", "Chapter", "Volume", "Edition", "Trailer", "Official",
         "Site", "Cast", "Crew", "Plot", "Summary", "Release", "Date", "Runtime", "Rating", "Grade", "Verdict", "Score", "Editor",
         "Image", "Photo", "Close", "Expand", "Share", "Comments", "Comment", "Related", "Information", "Certificate", "Available",
         "Special", "Appearance", "Theatrical", "Nazi", "Mossad", "Holy", "States", "United", "Kingdom", "City", "County", "New",
         "York", "Los", "Angeles", "Las", "Vegas", "San", "Santa", "East", "West", "North", "South", "Berlin", "London", "Paris",
         "Brooklyn", "Manhattan", "Hollywood", "Cannes", "Sundance", "Venice", "Toronto", "Comic", "Con", "Love", "War", "World",
         "Season", "Episode", "Series", "Part", "Golden", "Globe", "Globes", "Emmy", "Bafta", "Blu-ray", "BluRay", "DVD", "Inc",
         "Ltd", "Company", "Corporation", "Records", "Entertainment", "Productions", "Media", "Group", "Books", "Press", "Post",
         "Grading", "System", "Masterpiece", "God", "Lord’s", "Church", "Vatican", "Airbnb", "TSA", "IRS", "FBI", "CIA", "Secret",
         "Service", "Army", "Navy", "Police", "Department", "House", "Home", "Hotel", "Park", "Avenue", "Road", "Lake", "River",
         "Island", "Mountain", "Valley", "Bay", "Beach", "Castle", "Palace", "Tower", "Bridge", "Station", "Airport", "Hospital",
         "Amphitheatre", "Amphitheater", "Arena", "Stadium", "Center", "Centre", "Hall", "Bank", "Formerly", "Conflict", "Museum",
         "Gallery", "Library", "Council", "Ministry", "Government", "Party", "League", "Cup", "FC", "United", "Magic", "Box"],
        StringComparer.Ordinal);

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    public static bool IsParticle(string token) => Particles.Contains(token);

    /// <summary>"Emma", "O’Byrne", "Da’Vine", "F", "F.", "Dr." — a word that can be part of a name.</summary>
    public static bool IsCapitalised(string token)
    {
        if (token.Length == 0 || !char.IsUpper(token[0])) return false;
        if (token.Length == 1 || token is [_, '.']) return true; // an initial
        var letters = token.Where(char.IsLetter).ToArray();
        return letters.Length >= 2 && letters.Skip(1).Any(char.IsLower) && token.All(c => char.IsLetter(c) || c is '’' or '\'' or '-' or '.');
    }

    /// <summary>A real person's name as reviews write it: two to five capitalised words, particles allowed.</summary>
    public static bool IsPersonLike(string span)
    {
        var tokens = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5) return false;
        var core = tokens.Where(t => !IsParticle(t)).ToArray();
        if (core.Length < 2 || !core.All(IsCapitalised)) return false;
        if (StopWords.Contains(core[0]) || Titles.Contains(core[0]) || core.Any(NotNames.Contains)) return false;
        if (core[^1].Length <= 2 && core[^1].TrimEnd('.').Length == 1) return false; // ends with an initial
        return core[0].TrimEnd('.').Length > 1 || core.Length >= 3;
    }

    /// <summary>A surname on its own ("McKay", "Tupper"): one capitalised word that is not a common word.</summary>
    public static bool IsSingleName(string span) =>
        span.Length > 2 && !span.Contains(' ', StringComparison.Ordinal) && IsCapitalised(span)
        && !StopWords.Contains(span) && !NotNames.Contains(span) && !Titles.Contains(span);

    /// <summary>A character's name: one to five capitalised words, titles allowed ("Trooper Wagner", "Ani").</summary>
    public static bool IsCharacterLike(string span)
    {
        var tokens = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 1 or > 5) return false;
        if (!tokens.All(t => IsCapitalised(t) || IsParticle(t) || t == "/")) return false;
        if (StopWords.Contains(tokens[0]) || tokens.All(Titles.Contains)) return false;
        return !tokens.Any(NotNames.Contains) && span.Any(char.IsLower);
    }

    /// <summary>The capitalised words that end just before <paramref name="end"/>, skipping quotes, a comma and a possessive.</summary>
    public static string SpanBefore(string text, int end, int maxTokens = 5)
    {
        var i = end;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i > 0 && text[i - 1] == ',') i--;
        while (i > 0 && text[i - 1] is '’' or '\'' or '”' or '"') i--;
        if (i >= 2 && text[i - 1] is 's' && text[i - 2] is '’' or '\'') i -= 2;
        while (i > 0 && text[i - 1] is '’' or '\'' or '”' or '"') i--;
        var tokens = new List<string>();
        while (tokens.Count < maxTokens && i > 0)
        {
            var start = i;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '’' or '\'' or '-' or '.')) start--;
            var token = text[start..i];
            if (token.Length == 0 || !(IsCapitalised(token) || IsParticle(token) && tokens.Count > 0)) break;
            if (token.EndsWith('.') && token.Length > 2 && !Titles.Contains(token)) break; // end of the previous sentence
            tokens.Insert(0, token);
            i = start;
            if (i == 0 || text[i - 1] != ' ') break;
            i--;
        }
        return Trim(tokens);
    }

    /// <summary>The capitalised words starting at <paramref name="start"/>, after an opening quote if any.</summary>
    public static string SpanAfter(string text, int start, int maxTokens = 5)
    {
        var i = start;
        while (i < text.Length && text[i] is ' ' or '‘' or '“' or '"' or '\'') i++;
        var tokens = new List<string>();
        while (tokens.Count < maxTokens && i < text.Length)
        {
            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '’' or '\'' or '-' or '.')) end++;
            var token = text[i..end];
            var sentenceEnd = false;
            if (token.EndsWith('.') && !Titles.Contains(token) && token.Length > 2) { token = token[..^1]; sentenceEnd = true; }
            if (token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.Ordinal)) { token = token[..^2]; sentenceEnd = true; }
            if (token.EndsWith('’') || token.EndsWith('\'')) { token = token.TrimEnd('’', '\''); sentenceEnd = true; } // "Williams’", "Out’"
            if (token.Length == 0 || !(IsCapitalised(token) || IsParticle(token) && tokens.Count > 0)) break;
            tokens.Add(token);
            if (sentenceEnd || end >= text.Length || text[end] != ' ') break;
            i = end + 1;
        }
        while (tokens.Count > 0 && IsParticle(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        return Trim(tokens);
    }

    private static string Trim(List<string> tokens)
    {
        while (tokens.Count > 0 && (StopWords.Contains(tokens[0]) || IsParticle(tokens[0]))) tokens.RemoveAt(0);
        return string.Join(' ', tokens);
    }
}
