using System.Globalization;

namespace GovSim.Theory;

/// <summary>
/// Shared argument checks for the analytic queueing formulas, so every formula rejects
/// bad input with the same exception types and wording.
/// </summary>
internal static class TheoryGuard
{
    /// <summary>Requires a finite, non-negative rate (an arrival rate may be zero).</summary>
    public static void NonNegative(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0.0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite, non-negative number.");
        }
    }

    /// <summary>Requires a finite, strictly positive value (service rates, mean service times).</summary>
    public static void Positive(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0.0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite, strictly positive number.");
        }
    }

    /// <summary>Requires at least one server.</summary>
    public static void Servers(int c, string paramName)
    {
        if (c < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, c, $"{paramName} (number of servers) must be at least 1.");
        }
    }

    /// <summary>
    /// Builds the exception thrown when no steady state exists. Formulas throw rather than
    /// return NaN so an unstable configuration cannot silently poison a validation run.
    /// </summary>
    public static InvalidOperationException Unstable(double rho, string? where = null)
    {
        string location = where is null ? string.Empty : " " + where;
        return new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"unstable: rho >= 1{location} (rho = {rho:R}); no steady state exists."));
    }
}
