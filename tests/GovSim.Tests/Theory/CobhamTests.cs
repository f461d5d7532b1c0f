using GovSim.Theory;

namespace GovSim.Tests.Theory;

public class CobhamTests
{
    [Theory]
    [InlineData(0.5, 1.0, 0.0)]
    [InlineData(0.8, 1.0, 1.0)]
    [InlineData(0.2, 2.5, 10.0)]
    public void OneClassEqualsPollaczekKhinchine(double lambda, double mean, double variance)
    {
        double[] w = Cobham.WaitingTimes([lambda], [mean], [variance + (mean * mean)]);
        Assert.Single(w);
        Assert.Equal(PollaczekKhinchine.Wq(lambda, mean, variance), w[0], 1e-12);
    }

    [Fact]
    public void TwoClassesMatchHandCalculation()
    {
        // Exponential services: E[S1]=1 (E[S1^2]=2), E[S2]=1.5 (E[S2^2]=4.5).
        // rho1 = 0.2, rho2 = 0.45; W0 = (0.2*2 + 0.3*4.5)/2 = 0.875.
        // W1 = 0.875 / (1 * 0.8) = 1.09375; W2 = 0.875 / (0.8 * 0.35) = 3.125.
        double[] w = Cobham.WaitingTimes([0.2, 0.3], [1.0, 1.5], [2.0, 4.5]);
        Assert.Equal(2, w.Length);
        Assert.Equal(1.09375, w[0], 1e-12);
        Assert.Equal(3.125, w[1], 1e-12);
    }

    [Fact]
    public void SatisfiesKleinrockConservationLaw()
    {
        // Work-conserving non-preemptive disciplines keep sum rho_k W_k = rho W0 / (1 - rho).
        double[] lambdas = [0.1, 0.25, 0.05];
        double[] means = [0.8, 1.2, 3.0];
        double[] second = [1.0, 2.88, 12.0];
        double[] w = Cobham.WaitingTimes(lambdas, means, second);
        double rho = 0, w0 = 0, weighted = 0;
        for (int i = 0; i < 3; i++)
        {
            rho += lambdas[i] * means[i];
            w0 += lambdas[i] * second[i] / 2;
            weighted += lambdas[i] * means[i] * w[i];
        }

        Assert.Equal(rho * w0 / (1 - rho), weighted, 1e-12);
        Assert.True(w[0] < w[1] && w[1] < w[2], "lower priority classes must wait longer");
    }

    [Fact]
    public void UnstableThrows() =>
        Assert.Throws<InvalidOperationException>(() => Cobham.WaitingTimes([0.5, 0.5], [1.0, 1.0], [2.0, 2.0]));

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => Cobham.WaitingTimes(null!, [1.0], [1.0]));
        Assert.Throws<ArgumentException>(() => Cobham.WaitingTimes([], [], []));
        Assert.Throws<ArgumentException>(() => Cobham.WaitingTimes([0.1, 0.2], [1.0], [1.0, 1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cobham.WaitingTimes([-0.1], [1.0], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cobham.WaitingTimes([0.1], [0.0], [1.0]));

        // A variance passed where E[S^2] belongs: 0.5 < 1.0^2.
        Assert.Throws<ArgumentOutOfRangeException>(() => Cobham.WaitingTimes([0.1], [1.0], [0.5]));
    }
}
