namespace GovSim.Kernel;

/// <summary>First-in-first-out line in a power-of-two ring buffer that grows by doubling.</summary>
internal sealed class FifoWaitingLine : WaitingLine
{
    private int[] _customers = new int[16];
    private int[] _tokens = new int[16];
    private int _head;
    private int _count;

    public override int Count => _count;

    public override void Add(int customer, int token, double key)
    {
        if (_count == _customers.Length) Grow();
        int slot = (_head + _count) & (_customers.Length - 1);
        _customers[slot] = customer;
        _tokens[slot] = token;
        _count++;
    }

    public override void RemoveFront(out int customer, out int token)
    {
        customer = _customers[_head];
        token = _tokens[_head];
        _head = (_head + 1) & (_customers.Length - 1);
        _count--;
    }

    public override void RemoveStale(CustomerStore customers)
    {
        int mask = _customers.Length - 1;
        int kept = 0;
        for (int i = 0; i < _count; i++)
        {
            int from = (_head + i) & mask;
            if (customers[_customers[from]].WaitToken != _tokens[from]) continue;
            int to = (_head + kept) & mask;
            _customers[to] = _customers[from];
            _tokens[to] = _tokens[from];
            kept++;
        }
        _count = kept;
    }

    private void Grow()
    {
        int n = _customers.Length;
        var customers = new int[n * 2];
        var tokens = new int[n * 2];
        for (int i = 0; i < _count; i++)
        {
            customers[i] = _customers[(_head + i) & (n - 1)];
            tokens[i] = _tokens[(_head + i) & (n - 1)];
        }
        _customers = customers;
        _tokens = tokens;
        _head = 0;
    }
}
