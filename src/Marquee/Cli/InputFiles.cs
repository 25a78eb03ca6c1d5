using System.Text;

namespace Marquee.Cli;

/// <summary>Reads a file a user named, with errors that name the file and say what is wrong.</summary>
internal static class InputFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryReadText(string path, out string text, out string error)
    {
        text = "";
        error = "";
        if (!File.Exists(path))
        {
            error = $"{path}: no such file.";
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
            return true;
        }
        catch (DecoderFallbackException e)
        {
            error = $"{path}: not valid UTF-8 (byte {e.Index}); convert it to UTF-8 first.";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot be read ({e.Message}).";
            return false;
        }
    }
}
