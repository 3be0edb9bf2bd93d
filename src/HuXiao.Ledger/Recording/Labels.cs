using System.Text.RegularExpressions;

namespace HuXiao.Ledger;

/// <summary>
/// Checks the free text the ledger keeps — channel and role labels, reasons — so that it stays a label: not blank,
/// one line, bounded, and not a person's ID card or mobile number (the model carries no person's identity).
/// </summary>
internal static partial class Labels
{
    /// <summary>Trims and checks a label or reason.</summary>
    /// <exception cref="ArgumentException">Blank, too long, several lines, or holding an ID card or mobile number.</exception>
    internal static string Check(string? value, string parameterName, int maxLength)
    {
        var text = Preconditions.CheckNotBlank(value, parameterName).Trim();
        Preconditions.CheckArgument(text.Length <= maxLength, parameterName, $"{parameterName} is {text.Length} characters long; at most {maxLength} are kept.");
        Preconditions.CheckArgument(!text.Any(char.IsControl), parameterName, $"{parameterName} must be one line of text, without control characters or line breaks.");
        Preconditions.CheckArgument(
            !PersonalNumber().IsMatch(text),
            parameterName,
            $"{parameterName} '{text}' holds what looks like an ID card or mobile number. The ledger keeps a channel or role (网页上传, 市局审核), never a person's name or ID.");
        return text;
    }

    /// <summary>An 18-character resident ID number, or an 11-digit mainland mobile number, standing alone.</summary>
    [GeneratedRegex(@"(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])")]
    private static partial Regex PersonalNumber();
}
