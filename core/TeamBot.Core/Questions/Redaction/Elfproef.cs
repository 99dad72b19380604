namespace TeamBot.Core.Questions.Redaction;

/// <summary>
/// The BSN check ("elfproef"): with digits d1..d9, 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11.
/// An eight-digit number is a BSN with its leading zero left off, so it is checked with that zero put back.
/// </summary>
internal static class Elfproef
{
    public static bool IsValidBsn(ReadOnlySpan<char> candidate)
    {
        Span<int> digits = stackalloc int[9];
        var count = 0;
        foreach (var c in candidate)
        {
            if (c is < '0' or > '9') continue;
            if (count == 9) return false;
            digits[count++] = c - '0';
        }
        if (count == 8)
        {
            digits[..8].CopyTo(digits[1..]);
            digits[0] = 0;
        }
        else if (count != 9) return false;
        return Checksum(digits) % 11 == 0 && digits.ContainsAnyExcept(0);
    }

    private static int Checksum(ReadOnlySpan<int> digits)
    {
        var sum = -digits[8];
        for (var i = 0; i < 8; i++) sum += (9 - i) * digits[i];
        return sum;
    }
}
