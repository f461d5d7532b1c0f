using GovSim.Random;

namespace GovSim.Distributions;

/// <summary>
/// A non-negative random duration or quantity. Distributions are objects handed to the kernel, so
/// that a station or source holds one field rather than the kernel offering an overload per law.
/// </summary>
/// <remarks>
/// Parameters are checked once, in the constructor; <see cref="Sample"/> is on the hot path and
/// neither checks nor allocates.
/// </remarks>
public abstract class Distribution
{
    /// <summary>Draws one value from <paramref name="random"/>.</summary>
    public abstract double Sample(RandomStream random);

    public abstract double Mean { get; }

    public abstract double Variance { get; }

    /// <summary>E[X²], which the Pollaczek–Khinchine and Cobham formulas need.</summary>
    public double SecondMoment => Variance + Mean * Mean;

    /// <summary>A short description such as "exponential(rate=2)" for tables and warnings.</summary>
    public abstract override string ToString();

    protected static double RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive finite number");
        return value;
    }

    protected static double RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a non-negative finite number");
        return value;
    }
}
