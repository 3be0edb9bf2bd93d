using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace HuXiao.Briefing.Internal;

/// <summary>Argument guards shared by the package.</summary>
internal static class Guard
{
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);
}
