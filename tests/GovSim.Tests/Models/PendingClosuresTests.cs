using GovSim.Models.Engine;

namespace GovSim.Tests.Models;

public class PendingClosuresTests
{
    [Fact]
    public void Counts_the_cases_whose_close_time_is_still_to_come_and_their_open_time()
    {
        var closing = new PendingClosures();
        foreach (double t in new[] { 5.0, 2.0, 9.0, 3.0 }) closing.Add(t, now: 1.0);
        Assert.Equal(4, closing.OpenAt(1.0));
        Assert.Equal(4 + 1 + 8 + 2, closing.OpenTimeAfter(1.0));
        Assert.Equal(2, closing.OpenAt(3.0)); // closed at 2 and at 3; 5 and 9 to come
        Assert.Equal(2 + 6, closing.OpenTimeAfter(3.0));
        Assert.Equal(0, closing.OpenAt(9.0));
    }

    [Fact]
    public void Keeps_every_open_case_when_it_fills_up_sweeping_out_the_closed_ones_first()
    {
        // 10,000 cases decided one an hour apart, each closing 1.5 h after it was decided: at any
        // time one or two are still open, however full the storage was when the last was added.
        var closing = new PendingClosures();
        for (int i = 0; i < 10_000; i++) closing.Add(i + 1.5, now: i);
        Assert.Equal(2, closing.OpenAt(9_999));
        Assert.Equal(0.5 + 1.5, closing.OpenTimeAfter(9_999));
        // Nothing swept when nothing has closed: all 3,000 stay.
        var slow = new PendingClosures();
        for (int i = 0; i < 3_000; i++) slow.Add(1_000_000 + i, now: i);
        Assert.Equal(3_000, slow.OpenAt(2_999));
    }
}
