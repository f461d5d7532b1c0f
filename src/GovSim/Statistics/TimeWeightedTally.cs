using System.Runtime.CompilerServices;

namespace GovSim.Statistics;

/// <summary>
/// Time average of a piecewise-constant quantity such as a queue length or the number of busy servers.
/// The value holds from one <see cref="Update"/> to the next; the tally integrates it over time.
/// </summary>
/// <remarks>
/// The area under the step function is accumulated with Neumaier's compensated summation. A run may
/// last 10^7 time units with 10^8 updates; naive summation can lose up to about one ulp of the running
/// area per update, i.e. a relative error bound near 10^8 × 1.1e-16 ≈ 1e-8, and the rounding can be
/// biased in one direction when most increments are tiny compared to the total. The compensation term
/// keeps the error at a few ulps of the final area regardless of the number of updates, for about four
/// extra floating-point operations per update. (Time stamps themselves carry the resolution of the
/// simulation clock; nothing here can recover precision the clock does not have.)
/// </remarks>
public sealed class TimeWeightedTally
{
    private double startTime;
    private double lastTime;
    private double current;
    private double max;

    // The area is area + compensation; compensation collects the low-order bits lost by each addition.
    private double area;
    private double compensation;

    /// <summary>Starts observing at <paramref name="startTime"/> with the quantity equal to <paramref name="initialValue"/>.</summary>
    /// <param name="startTime">Simulation time at which the observation window opens.</param>
    /// <param name="initialValue">Value of the quantity from <paramref name="startTime"/> until the first update.</param>
    public TimeWeightedTally(double startTime, double initialValue = 0)
    {
        this.startTime = startTime;
        lastTime = startTime;
        current = initialValue;
        max = initialValue;
    }

    /// <summary>The value the quantity currently holds.</summary>
    public double Current => current;

    /// <summary>Largest value the quantity held during the current observation window.</summary>
    public double Max => max;

    /// <summary>Simulation time at which the current observation window opened.</summary>
    public double StartTime => startTime;

    /// <summary>Simulation time of the most recent update (or of the window start if none since).</summary>
    public double LastUpdateTime => lastTime;

    /// <summary>Records that the quantity changes to <paramref name="newValue"/> at time <paramref name="now"/>.</summary>
    /// <param name="now">Current simulation time; must not precede the previous update.</param>
    /// <param name="newValue">The value from <paramref name="now"/> onwards.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is earlier than the previous update, or NaN.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(double now, double newValue)
    {
        // Written as !(>=) so that NaN times are rejected too: time running backwards is a kernel bug,
        // and silently integrating a negative span would corrupt every later average.
        if (!(now >= lastTime))
        {
            ThrowTimeWentBackwards(now, lastTime);
        }

        AddArea(current * (now - lastTime));
        lastTime = now;
        current = newValue;
        if (newValue > max)
        {
            max = newValue;
        }
    }

    /// <summary>Records that the quantity increases by one at time <paramref name="now"/> (e.g. an arrival joins the queue).</summary>
    /// <param name="now">Current simulation time; must not precede the previous update.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increment(double now) => Update(now, current + 1);

    /// <summary>Records that the quantity decreases by one at time <paramref name="now"/> (e.g. a customer leaves the queue).</summary>
    /// <param name="now">Current simulation time; must not precede the previous update.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decrement(double now) => Update(now, current - 1);

    /// <summary>
    /// Time average of the quantity from the start of the window to <paramref name="now"/>, including the
    /// still-open segment since the last update. NaN when no time has elapsed.
    /// </summary>
    /// <param name="now">Time at which to evaluate; must not precede the last update.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is earlier than the last update, or NaN.</exception>
    public double Mean(double now)
    {
        if (!(now >= lastTime))
        {
            ThrowTimeWentBackwards(now, lastTime);
        }

        double elapsed = now - startTime;
        if (elapsed <= 0)
        {
            return double.NaN;
        }

        // The open segment is added outside the running sum so that querying does not mutate the tally.
        double total = area + compensation + (current * (now - lastTime));
        return total / elapsed;
    }

    /// <summary>
    /// Opens a new observation window at <paramref name="now"/>, discarding the area and maximum
    /// accumulated so far but keeping the current value (used to delete the warm-up period).
    /// </summary>
    /// <param name="now">Start of the new window; must not precede the last update.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is earlier than the last update, or NaN.</exception>
    public void Reset(double now)
    {
        if (!(now >= lastTime))
        {
            ThrowTimeWentBackwards(now, lastTime);
        }

        startTime = now;
        lastTime = now;
        area = 0;
        compensation = 0;
        max = current;
    }

    /// <summary>
    /// Adds area (value × time) known in advance rather than stepped through: e.g. a server's whole
    /// busy period, counted when it starts (negative to take back a part that lies beyond the time
    /// the tally is read). <see cref="Current"/> and <see cref="Max"/> do not see it.
    /// </summary>
    /// <remarks>
    /// Kahan summation: branch-free, because it runs twice per simulated customer. Area terms are
    /// non-negative but for rare corrections, so the running sum never falls below a term by
    /// cancellation, the case that Neumaier's variant exists for.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddArea(double term)
    {
        double y = term + compensation;
        double t = area + y;
        compensation = y - (t - area);
        area = t;
    }

    // Kept out of line so the hot Update path stays small enough to inline at every call site.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowTimeWentBackwards(double now, double lastTime) =>
        throw new ArgumentOutOfRangeException(
            nameof(now),
            now,
            $"Time must not precede the last update at {lastTime}.");
}
