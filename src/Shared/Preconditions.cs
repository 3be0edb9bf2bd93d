using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HuXiao.Internal;

/// <summary>
/// Argument guards shared by every HuXiao library: one source file, compiled into each package (see
/// src/Directory.Build.props), instead of repeated if/throw blocks or a copy per package.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"{name} is required.");

    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or white space.", name);
        }

        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string parameterName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    internal static int CheckPositive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");

    internal static int CheckNonNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or more.");

    internal static long CheckNonNegative(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be zero or more.");
}
