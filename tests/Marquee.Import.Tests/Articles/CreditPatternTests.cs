namespace Marquee.Import.Tests.Articles;

public class CreditPatternTests
{
    [Theory]
    [InlineData("Ani comes to the club when Vanya Zakharov (Mark Eidelstein) arrives.", "Mark Eidelstein", "Vanya Zakharov")]
    [InlineData("He is the son of the Russian oligarch Nikolai (Aleksei Serebryakov), who disapproves.", "Aleksei Serebryakov", "Nikolai")]
    [InlineData("Although Vanya’s mother, Galina (Darya Ekamasova), refuses.", "Darya Ekamasova", "Galina")]
    [InlineData("That is Bella Baxter’s (Emma Stone) lot.", "Emma Stone", "Bella Baxter")]
    [InlineData("Notable photographer ‘Chris Washington’ (Daniel Kaluuya) isn’t thrilled.", "Daniel Kaluuya", "Chris Washington")]
    [InlineData("Monsignor Raymond O’Malley (Brian F O’Byrne) tells Lawrence.", "Brian F O’Byrne", "Monsignor Raymond O’Malley")]
    [InlineData("The surgeon is Dr Godwin Baxter (William Dafoe) – God, for short.", "William Dafoe", "Dr Godwin Baxter")]
    [InlineData("Then (Mark Eidelstein) as Vanya walks out.", "Mark Eidelstein", "Vanya")]
    [InlineData("Mikey Madison takes on the titular role of the stripper Anora, who goes by “Ani,” and lives in Brooklyn.", "Mikey Madison", "Anora")]
    [InlineData("Barry Keoghan as Oliver, is outstanding in this.", "Barry Keoghan", "Oliver")]
    [InlineData("Daniel Craig stars as Benoit Blanc, a detective.", "Daniel Craig", "Benoit Blanc")]
    [InlineData("Felix is played by Jacob Elordi, fresh from Euphoria.", "Jacob Elordi", "Felix")]
    [InlineData("Amy, played by Rosamund Pike, is missing.", "Rosamund Pike", "Amy")]
    [InlineData("Stephanie Hsu who played Joy did fantastic.", "Stephanie Hsu", "Joy")]
    [InlineData("The real impressive performance is McKay who plays Orson Wells.", "McKay", "Orson Wells")]
    [InlineData("It would be criminal not to mention Edi Patterson, who plays Harlan's housekeeper Fran.", "Edi Patterson", "Fran")]
    [InlineData("Tom Hanks plays Forrest Gump with total conviction.", "Tom Hanks", "Forrest Gump")]
    [InlineData("Joaquin Phoenix portrays Arthur Fleck.", "Joaquin Phoenix", "Arthur Fleck")]
    [InlineData("The cast includes Jamie Lee Curtis (Harlan's daughter Linda Drysdale) and others.", "Jamie Lee Curtis", "Linda Drysdale")]
    [InlineData("Rounding out the main cast are Ana de Armas (Marta Cabrera, Harlan's nurse).", "Ana de Armas", "Marta Cabrera")]
    [InlineData("We also meet Lakeith Stanfield (Detective Lieutenant Elliot) early on.", "Lakeith Stanfield", "Detective Lieutenant Elliot")]
    [InlineData("Georgina Campbell .... Tess", "Georgina Campbell", "Tess")]
    [InlineData("Matthew Patrick Davis .... The Mother", "Matthew Patrick Davis", "The Mother")]
    [InlineData("Cast and crew\n\nRachel Singer\nHelen Mirren\nYoung David\nSam Worthington\n\nJohn Madden", "Helen Mirren", "Rachel Singer")]
    public void Finds_the_pair_the_sentence_states(string text, string person, string character)
    {
        var credits = ArticleRules.CreditsInReview(text);
        Assert.Contains(credits, c => c.Person == person && (c.Character == character || c.CharacterAliases.Contains(character)));
    }

    [Fact]
    public void Respective_lists_pair_in_order()
    {
        var credits = ArticleRules.CreditsInReview("The story follows Justine and Claire (Kirsten Dunst and Charlotte Gainsbourg) at a wedding.");
        Assert.Contains(credits, c => c.Person == "Kirsten Dunst" && c.Character == "Justine");
        Assert.Contains(credits, c => c.Person == "Charlotte Gainsbourg" && c.Character == "Claire");
    }

    [Fact]
    public void Nicknames_become_aliases()
    {
        var credit = Assert.Single(ArticleRules.Credits("Mikey Madison takes on the titular role of the stripper Anora, who goes by “Ani,” and lives in Brooklyn."));
        Assert.Contains("Ani", credit.CharacterAliases);
    }

    [Fact]
    public void A_possessive_pairs_a_known_actor_with_a_character_named_again()
    {
        var credits = ArticleRules.Credits("Madison's Ani is a marvel. Ani never gives up. Ani fights back.", "Mikey Madison");
        Assert.Contains(credits, c => c.Person == "Madison" && c.Character == "Ani");
    }

    [Theory]
    [InlineData("Its trailer quotes have compared it to Pretty Woman.")]
    [InlineData("It is like Dead Poets Society (1995), with Robin Williams’ John Keating replaced by Hunham.")]
    [InlineData("Patterson may be most familiar to audiences as Judy Gemstone from HBO's The Righteous Gemstones.")]
    [InlineData("Robin Williams played John Keating in Dead Poets Society.")]
    [InlineData("It went up for Best Picture and Actor (Kaluuya).")]
    [InlineData("Poor Things (MA) - 141 minutes")]
    [InlineData("Richard E Grant as the laidback father.")]
    [InlineData("Carey Mulligan shows up as a damaged aunt.")]
    [InlineData("Chris Evans (Linda's son) is smug.")]
    [InlineData("Part one is a wedding at her brother-in-law’s (Keifer Sutherland) estate.")]
    [InlineData("He plays the rich kid perfectly, both louche and beautiful.")]
    [InlineData("Michelle Yeoh's performance was incredible.")]
    [InlineData("Lars von Trier’s Melancholia is a movie in two chapters.")]
    [InlineData("Such actors as Tom Hanks are rare.")]
    [InlineData("Directed by: David Fincher\nWritten by: Gillian Flynn (screenplay & novel)")]
    [InlineData("Based on Robert Harris’ titular novel, Conclave begins.")]
    [InlineData("The film is known as Anora in Russia.")]
    public void States_no_pair(string text) => Assert.Empty(ArticleRules.CreditsInReview(text));

    [Theory]
    [InlineData("The venue, Magic Box (Caja Magica), hosts the final.")]
    [InlineData("Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre) is sold out.")]
    [InlineData("Tottenham (Mauricio Pochettino) won again on Sunday.")]
    public void Parentheses_outside_a_film_text_are_not_credits(string text) => Assert.Empty(ArticleRules.Credits(text));
}
