using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HuXiao.Excel.Internal;

/// <summary>Argument guards; one place instead of repeated if/throw blocks.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static void CheckArgument(bool condition, string parameterName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }
}
