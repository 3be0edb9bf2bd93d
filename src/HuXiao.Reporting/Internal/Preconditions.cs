using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HuXiao.Reporting.Internal;

/// <summary>Argument guards shared by the library; one place instead of repeated if/throw blocks.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space.", name);
        }

        return value;
    }

    internal static void CheckArgument(bool condition, string parameterName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    internal static int CheckPositive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
