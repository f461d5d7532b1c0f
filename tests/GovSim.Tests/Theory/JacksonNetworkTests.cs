using GovSim.Theory;

namespace GovSim.Tests.Theory;

public class JacksonNetworkTests
{
    private const double Tol = 1e-12;

    [Fact]
    public void TandemOfTwoMM1IsSumOfMM1()
    {
        var net = JacksonNetwork.Solve([0.5, 0.0], new double[,] { { 0, 1 }, { 0, 0 } }, [1.0, 2.0], [1, 1]);

        Assert.Equal(2, net.StationCount);
        Assert.Equal(0.5, net.ArrivalRates[0], Tol);
        Assert.Equal(0.5, net.ArrivalRates[1], Tol);
        Assert.Equal(0.5, net.Utilisations[0], Tol);
        Assert.Equal(0.25, net.Utilisations[1], Tol);
        Assert.Equal(1.0, net.MeanNumber[0], Tol);        // rho/(1-rho) = 1
        Assert.Equal(1.0 / 3.0, net.MeanNumber[1], Tol);  // 0.25/0.75
        Assert.Equal(2.0, net.MeanSojourn[0], Tol);       // 1/(1-0.5)
        Assert.Equal(2.0 / 3.0, net.MeanSojourn[1], Tol); // 1/(2-0.5)
        Assert.Equal(4.0 / 3.0, net.TotalMeanNumber, Tol);
        Assert.Equal(8.0 / 3.0, net.MeanSojournTime, Tol);
        Assert.Equal(1.0, net.MeanVisits[1], Tol);
    }

    [Theory]
    [InlineData(0.3, 0.4, 1.0)]
    [InlineData(1.0, 0.75, 5.0)]
    public void FeedbackStationHasInflatedArrivalRate(double gamma, double p, double mu)
    {
        var net = JacksonNetwork.Solve([gamma], new double[,] { { p } }, [mu], [1]);
        double effective = gamma / (1 - p);
        Assert.Equal(effective, net.ArrivalRates[0], Tol);
        Assert.Equal(1 / (1 - p), net.MeanVisits[0], Tol);
        double rho = effective / mu;
        Assert.Equal(rho / (1 - rho), net.MeanNumber[0], 1e-11);
        Assert.Equal(1 / (mu - effective), net.MeanSojourn[0], 1e-11);

        // End to end: expected visits times per-visit sojourn, equal to L / gamma by Little.
        Assert.Equal(net.MeanVisits[0] * net.MeanSojourn[0], net.MeanSojournTime, 1e-11);
    }

    [Fact]
    public void FeedbackKnownNumbers()
    {
        var net = JacksonNetwork.Solve([0.3], new double[,] { { 0.4 } }, [1.0], [1]);
        Assert.Equal(0.5, net.ArrivalRates[0], Tol);
        Assert.Equal(1.0, net.MeanNumber[0], Tol);
        Assert.Equal(1.0 / 0.3, net.MeanSojournTime, Tol);
    }

    [Fact]
    public void BranchingNetworkWithMultiServerStationsMatchesHandSolution()
    {
        // 0 -> 1 w.p. 0.6, 0 -> 2 w.p. 0.4; 1 -> 0 w.p. 0.2 else exit; 2 exits.
        // lambda0 = 1 + 0.2 * 0.6 * lambda0 => lambda0 = 1/0.88.
        var routing = new double[,] { { 0, 0.6, 0.4 }, { 0.2, 0, 0 }, { 0, 0, 0 } };
        double[] mu = [0.7, 0.5, 1.0];
        int[] c = [2, 2, 1];
        var net = JacksonNetwork.Solve([1.0, 0.0, 0.0], routing, mu, c);

        double l0 = 1 / 0.88;
        double[] expected = [l0, 0.6 * l0, 0.4 * l0];
        double sumL = 0, sumVisitsW = 0;
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], net.ArrivalRates[i], Tol);
            Assert.Equal(expected[i] / (c[i] * mu[i]), net.Utilisations[i], Tol);
            Assert.Equal(ErlangC.L(expected[i], mu[i], c[i]), net.MeanNumber[i], 1e-10);
            Assert.Equal(ErlangC.W(expected[i], mu[i], c[i]), net.MeanSojourn[i], 1e-10);
            Assert.Equal(expected[i], net.MeanVisits[i], Tol);
            sumL += net.MeanNumber[i];
            sumVisitsW += net.MeanVisits[i] * net.MeanSojourn[i];
        }

        Assert.Equal(sumL, net.TotalMeanNumber, Tol);
        Assert.Equal(sumVisitsW, net.MeanSojournTime, 1e-10);
    }

    [Fact]
    public void StationWithoutTrafficReportsServiceTimeAndZeroNumber()
    {
        var net = JacksonNetwork.Solve([0.5, 0.0], new double[,] { { 0, 0 }, { 0, 0 } }, [1.0, 4.0], [1, 1]);
        Assert.Equal(0.0, net.ArrivalRates[1]);
        Assert.Equal(0.0, net.MeanNumber[1]);
        Assert.Equal(0.25, net.MeanSojourn[1], Tol);
    }

    [Fact]
    public void UnstableStationThrows()
    {
        var ex = Assert.Throws<InvalidOperationException>(
            () => JacksonNetwork.Solve([0.6], new double[,] { { 0.5 } }, [1.0], [1]));
        Assert.Contains("station 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrappingRoutingThrows() =>
        Assert.Throws<ArgumentException>(
            () => JacksonNetwork.Solve([0.1, 0.0, 0.0], new double[,] { { 0, 0.5, 0 }, { 0, 0, 1 }, { 0, 1, 0 } }, [1, 1, 1], [1, 1, 1]));

    [Fact]
    public void InvalidArgumentsThrow()
    {
        double[,] ok = { { 0, 0.5 }, { 0, 0 } };
        Assert.Throws<ArgumentNullException>(() => JacksonNetwork.Solve(null!, ok, [1, 1], [1, 1]));
        Assert.Throws<ArgumentException>(() => JacksonNetwork.Solve([0.1, 0.1], new double[,] { { 0 } }, [1, 1], [1, 1]));
        Assert.Throws<ArgumentException>(() => JacksonNetwork.Solve([0.1, 0.1], ok, [1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([0.1, 0.1], new double[,] { { 0, 0.7 }, { 0.5, 0.6 } }, [1, 1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([0.1, 0.1], new double[,] { { 0, -0.1 }, { 0, 0 } }, [1, 1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([-0.1, 0.1], ok, [1, 1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([0.0, 0.0], ok, [1, 1], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([0.1, 0.1], ok, [1, 0], [1, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => JacksonNetwork.Solve([0.1, 0.1], ok, [1, 1], [1, 0]));
    }
}
