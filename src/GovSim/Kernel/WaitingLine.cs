namespace GovSim.Kernel;

/// <summary>
/// A station's waiting customers in service order. Entries carry the customer's wait token; an
/// entry whose token is stale (the customer abandoned) is skipped when it reaches the front.
/// </summary>
internal abstract class WaitingLine
{
    /// <summary>Entries held, stale ones included.</summary>
    public abstract int Count { get; }

    public abstract void Add(int customer, int token, double key);

    /// <summary>Removes the front entry. Only call when <see cref="Count"/> is positive.</summary>
    public abstract void RemoveFront(out int customer, out int token);

    /// <summary>Drops every entry whose token no longer matches the customer's current token.</summary>
    public abstract void RemoveStale(CustomerStore customers);

    public static WaitingLine For(QueueDiscipline discipline) =>
        discipline.IsFirstInFirstOut ? new FifoWaitingLine() : new KeyedWaitingLine();
}
