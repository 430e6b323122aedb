using System.Runtime.CompilerServices;

namespace Multivector.Ideal;

/// <summary>Tuning of the estimator. The defaults are the ones docs/methodology.md states.</summary>
internal sealed record IdealSettings(
    double Evolution = 0.03,
    double StartVariance = 1,
    double ItemPriorVariance = 25,
    int MaxIterations = 1000,
    double Tolerance = 1e-6,
    int Seed = 20240917,
    double ScaleStep = 0.02,
    bool FixedItems = false)
{
    /// <summary>The model before version 2 (docs/methodology.md): a looser walk, ω² = 0.1, and no common change of scale.</summary>
    public static IdealSettings Version1 => new(Evolution: 0.1, ScaleStep: 0);
}

/// <summary>
/// A fit on the estimator's own scale: positions (and their variational variances) on a states × periods grid,
/// NaN outside each state's first-to-last voting period; item intercepts, slopes and abstention cut-points.
/// </summary>
internal sealed record IdealFit(double[] X, double[] Variance, double[] Alpha, double[] Beta, double[] Tau, int Iterations, bool Converged)
{
    /// <summary>ρₜ, the common change of scale into each period (1 everywhere unless estimated).</summary>
    public double[] Scale { get; init; } = [];
}

/// <summary>
/// Dynamic ordinal item response model fitted by variational EM, after Imai, Lo &amp; Olmsted (2016, APSR 110(4))
/// with the ordered response of Bailey, Strezhnev &amp; Voeten (2017, JCR 61(2)).
/// <para>
/// Model: y*ᵢⱼ = αⱼ + βⱼ xᵢₜ₍ⱼ₎ + εᵢⱼ, ε ~ N(0, 1); the vote is no if y* &lt; 0, abstain if 0 ≤ y* &lt; τⱼ, yes if
/// y* ≥ τⱼ (binary problems: yes if y* ≥ 0). Priors: αⱼ, βⱼ ~ N(0, 25); xᵢ at a state's first period ~ N(0, 1),
/// then xᵢₜ = ρₜ xᵢₜ₋₁ + N(0, ω²), ω² = 0.03 by default. ρₜ is the assembly's common change of scale from period
/// t − 1 to t, shared by every state, with prior N(1, 0.02²) (version 2 of the model; version 1 had ρ ≡ 1 and
/// ω² = 0.1): a walk of independent steps charges every state for a common stretch, so without ρ the spread of
/// a period can only follow the items, not the votes on bridged items that measure it.
/// </para>
/// <para>
/// Each iteration is one sweep of coordinate ascent: (E) y* becomes its truncated-normal mean given the current
/// linear predictor (Albert &amp; Chib 1993 augmentation); (items) αⱼ, βⱼ are the ridge regression of y* on the
/// positions, using E[x²] = x̄² + Var x; τⱼ takes one Newton step on the observed ordered-probit likelihood
/// (concave in τ) at the E-step's linear predictor, so that step is a conditional maximisation rather than a closed form; (states) each
/// trajectory is the exact Gaussian posterior of the random walk given y*, by a Kalman/RTS smoother; (scale) each
/// ρₜ is the regression of xₜ on xₜ₋₁ across states under that posterior, shrunk toward 1.
/// Items and states are independent within their steps, so both run in parallel; every index writes only its
/// own slots, so results do not depend on thread timing.
/// </para>
/// <para>
/// Acceleration: SQUAREM (Varadhan &amp; Roland 2008), guarded by the log-posterior, because plain EM creeps.
/// Convergence: stop when one plain EM step leaves the correlations between successive x, α and β all above
/// 1 − tolerance (1e-6, the criterion of emIRT) and moves no ρₜ by 1e-4, or at the cap on EM steps. Caveat: variational variances are too small, which
/// is why intervals come from <see cref="ParametricBootstrap"/>.
/// </para>
/// </summary>
internal static class DynamicIrt
{
    private const double MinTau = 0.01, MaxTau = 10;

    /// <summary>Fits from <paramref name="start"/> positions when given (warm start), else from a seeded principal-component start.</summary>
    public static IdealFit Fit(IdealProblem problem, IdealSettings settings, IdealFit? start = null, IProgress<double>? progress = null)
    {
        int S = problem.States, P = problem.Periods, J = problem.Items;
        var (first, last) = Spans(problem);
        var x = new double[S * P];
        var v = new double[S * P];
        var alpha = new double[J];
        var beta = new double[J];
        var tau = new double[J];
        Array.Fill(tau, 0.5);
        var startX = start?.X ?? PrincipalComponentStart(problem, settings.Seed);
        for (var s = 0; s < S; s++)
        {
            for (var t = 0; t < P; t++)
            {
                var inSpan = first[s] <= t && t <= last[s];
                var guess = startX[s * P + t];
                x[s * P + t] = !inSpan ? double.NaN : double.IsFinite(guess) ? guess : NearestFinite(startX, s, P, t);
                var variance = start?.Variance.Length == S * P ? start.Variance[s * P + t] : double.NaN;
                v[s * P + t] = !inSpan ? double.NaN : double.IsFinite(variance) ? variance : settings.StartVariance;
            }
        }
        if (start is not null && start.Alpha.Length == J)
        {
            start.Alpha.CopyTo(alpha, 0);
            start.Beta.CopyTo(beta, 0);
            start.Tau.CopyTo(tau, 0);
        }
        var z = new double[problem.Count];
        var g = new double[problem.Count];
        var h = new double[problem.Count];
        if (start is null || start.Alpha.Length != J)
        {
            // Items from the start positions: E-step with a flat predictor, then the item step.
            EStep(problem, alpha, beta, tau, x, z, g, h);
            ItemStep(problem, settings, x, v, z, g, h, alpha, beta, tau);
        }
        var converged = false;
        var iteration = 0;
        // Lag-one covariances are needed only where the common scale is estimated (not in a replicate that holds it).
        var lag = settings.ScaleStep > 0 && !settings.FixedItems ? new double[S * P] : null;
        var scale = new double[P];
        Array.Fill(scale, 1.0);
        if (settings.ScaleStep > 0 && start?.Scale.Length == P) start.Scale.CopyTo(scale, 0);
        var logTol = Math.Log(settings.Tolerance);
        // The common changes of scale ride along in the extrapolated vector: plain EM moves them slowest of all.
        double[] Pack() => [.. x, .. alpha, .. beta, .. tau, .. scale];
        void Unpack(double[] theta, double[]? variance = null)
        {
            theta.AsSpan(0, x.Length).CopyTo(x);
            theta.AsSpan(x.Length, J).CopyTo(alpha);
            theta.AsSpan(x.Length + J, J).CopyTo(beta);
            theta.AsSpan(x.Length + 2 * J, J).CopyTo(tau);
            theta.AsSpan(x.Length + 3 * J, P).CopyTo(scale);
            variance?.CopyTo(v, 0);
        }
        void Step()
        {
            iteration++;
            EStep(problem, alpha, beta, tau, x, z, g, h);
            if (!settings.FixedItems) ItemStep(problem, settings, x, v, z, g, h, alpha, beta, tau);
            StateStep(problem, settings, first, last, alpha, beta, z, x, v, lag, scale);
            if (lag is not null) ScaleStep(problem, settings.ScaleStep, settings.Evolution, first, last, x, v, lag, scale);
        }
        // SQUAREM (Varadhan & Roland 2008, Scand. J. Stat. 35(2)): two EM steps, an extrapolation along them,
        // and one stabilising EM step; kept only when the log-posterior is no worse than after the two plain steps.
        while (iteration < settings.MaxIterations)
        {
            var theta0 = Pack();
            var scale0 = (double[])scale.Clone();
            Step();
            var theta1 = Pack();
            var worst = Math.Min(Correlation(theta0.AsSpan(0, x.Length), x), Math.Min(Correlation(theta0.AsSpan(x.Length, J), alpha), Correlation(theta0.AsSpan(x.Length + J, J), beta)));
            var closeness = worst < 1 ? Math.Clamp(Math.Log(1 - worst) / logTol, 0, 1) : 1;
            progress?.Report(Math.Max((double)iteration / settings.MaxIterations, closeness * 0.99));
            if (iteration > 2 && worst > 1 - settings.Tolerance && Settled(scale0, scale, settings.Tolerance))
            {
                converged = true;
                break;
            }
            if (iteration >= settings.MaxIterations) break;
            Step();
            var theta2 = Pack();
            var variance2 = (double[])v.Clone();
            double rr = 0, ww = 0;
            for (var i = 0; i < theta0.Length; i++)
            {
                if (!double.IsFinite(theta0[i])) continue;
                var r = theta1[i] - theta0[i];
                var w = theta2[i] - 2 * theta1[i] + theta0[i];
                rr += r * r;
                ww += w * w;
            }
            var step = ww > 0 ? -Math.Sqrt(rr / ww) : -1;
            if (!(step < -1) || iteration >= settings.MaxIterations) continue;
            var extrapolated = new double[theta0.Length];
            for (var i = 0; i < theta0.Length; i++)
            {
                var r = theta1[i] - theta0[i];
                var w = theta2[i] - 2 * theta1[i] + theta0[i];
                extrapolated[i] = theta0[i] - 2 * step * r + step * step * w;
            }
            for (var j = 0; j < J; j++) extrapolated[x.Length + 2 * J + j] = Math.Clamp(extrapolated[x.Length + 2 * J + j], MinTau, MaxTau);
            var before = LogPosterior(problem, settings, first, last, x, alpha, beta, tau, scale);
            Unpack(extrapolated);
            Step();
            var after = LogPosterior(problem, settings, first, last, x, alpha, beta, tau, scale);
            if (!(after >= before)) Unpack(theta2, variance2);
        }
        progress?.Report(1);
        return new IdealFit(x, v, alpha, beta, tau, iteration, converged) { Scale = scale };
    }

    /// <summary>
    /// Whether every ρₜ has stopped moving too (by less than 100 × tolerance): correlations alone cannot see a common
    /// change of scale, which keeps r at 1.
    /// </summary>
    private static bool Settled(double[] scale0, double[] scale, double tolerance)
    {
        var limit = 100 * tolerance;
        for (var t = 0; t < scale.Length; t++) if (Math.Abs(scale[t] - scale0[t]) > limit) return false;
        return true;
    }

    /// <summary>
    /// The M-step for each ρₜ: the regression through the origin of xₜ on xₜ₋₁ across every state present in both
    /// periods, under the smoother's posterior (E[xₜxₜ₋₁] = mₜmₜ₋₁ + Cov, E[xₜ₋₁²] = mₜ₋₁² + Vₜ₋₁), shrunk toward 1 by
    /// its N(1, s²) prior.
    /// </summary>
    private static void ScaleStep(IdealProblem p, double step, double evolution, int[] first, int[] last, double[] x, double[] v, double[] lag, double[] scale)
    {
        var cross = new double[p.Periods];
        var squares = new double[p.Periods];
        for (var s = 0; s < p.States; s++)
        {
            for (var t = first[s] + 1; t <= last[s]; t++)
            {
                var c = s * p.Periods + t;
                cross[t] += x[c] * x[c - 1] + lag[c - 1];
                squares[t] += x[c - 1] * x[c - 1] + v[c - 1];
            }
        }
        var prior = 1 / (step * step);
        for (var t = 1; t < p.Periods; t++) scale[t] = (cross[t] / evolution + prior) / (squares[t] / evolution + prior);
    }

    internal static (int[] First, int[] Last) Spans(IdealProblem problem)
    {
        var first = new int[problem.States];
        var last = new int[problem.States];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, -1);
        for (var k = 0; k < problem.Count; k++)
        {
            var s = problem.State[k];
            first[s] = Math.Min(first[s], problem.Period[k]);
            last[s] = Math.Max(last[s], problem.Period[k]);
        }
        return (first, last);
    }

    private static double NearestFinite(double[] grid, int s, int periods, int t)
    {
        for (var d = 1; d < periods; d++)
        {
            if (t - d >= 0 && double.IsFinite(grid[s * periods + t - d])) return grid[s * periods + t - d];
            if (t + d < periods && double.IsFinite(grid[s * periods + t + d])) return grid[s * periods + t + d];
        }
        return 0;
    }

    /// <summary>The interval of y* that a vote implies: no (−∞, 0), abstain [0, τ), yes [τ, ∞) or [0, ∞) when binary.</summary>
    internal static (double Lo, double Hi) Bounds(byte vote, double tau, bool ordinal) => vote switch
    {
        0 => (double.NegativeInfinity, 0),
        1 => (0, tau),
        _ => (ordinal ? tau : 0, double.PositiveInfinity),
    };

    /// <summary>
    /// The E-step, which also leaves each vote's first and second derivative of its log-probability with
    /// respect to its item's τ in <paramref name="g"/> and <paramref name="h"/>: the same tail ratios serve both,
    /// so the cut-point step costs no extra normal evaluations.
    /// </summary>
    internal static void EStep(IdealProblem p, double[] alpha, double[] beta, double[] tau, double[] x, double[] z, double[] g, double[] h) =>
        For(p, p.States, s => EStepState(p, s, alpha, beta, tau, x, z, g, h));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void EStepState(IdealProblem p, int s, double[] alpha, double[] beta, double[] tau, double[] x, double[] z, double[] g, double[] h)
    {
        for (var i = p.StateStart[s]; i < p.StateStart[s + 1]; i++)
        {
            var k = p.ByState[i];
            var j = p.Item[k];
            var mu = alpha[j] + beta[j] * x[s * p.Periods + p.Period[k]];
            switch (p.Vote[k])
            {
                case 0:
                    z[k] = mu - Normal.InverseMills(mu);
                    (g[k], h[k]) = (0, 0);
                    break;
                case 1:
                    {
                        var u = tau[j] - mu;
                        var l = -mu;
                        var mass = l > 0 ? Normal.Upper(l) - Normal.Upper(u) : Normal.Cdf(u) - Normal.Cdf(l);
                        if (!(mass > 1e-300))
                        {
                            z[k] = l > 0 ? 0 : u < 0 ? tau[j] : 0.5 * tau[j];
                            (g[k], h[k]) = (0, 0);
                            break;
                        }
                        double dl = Normal.Density(l), du = Normal.Density(u);
                        z[k] = Math.Clamp(mu + (dl - du) / mass, 0, tau[j]);
                        var r = du / mass;
                        (g[k], h[k]) = (r, -u * r - r * r);
                        break;
                    }
                default:
                    {
                        var cut = p.Ordinal ? tau[j] : 0;
                        var u = cut - mu;
                        var r = Normal.InverseMills(u);
                        z[k] = mu + r;
                        (g[k], h[k]) = p.Ordinal ? (-r, u * r - r * r) : (0, 0);
                        break;
                    }
            }
        }
    }

    /// <summary>
    /// The log-posterior the acceleration guards with: Σ log P(vote | α + βx, τ) plus the N(0, 25) item priors and
    /// the random-walk prior of every trajectory (constants dropped).
    /// </summary>
    internal static double LogPosterior(IdealProblem p, IdealSettings settings, int[] first, int[] last, double[] x, double[] alpha, double[] beta, double[] tau, double[]? scale = null)
    {
        var sum = 0.0;
        for (var k = 0; k < p.Count; k++)
        {
            var j = p.Item[k];
            var mu = alpha[j] + beta[j] * x[p.State[k] * p.Periods + p.Period[k]];
            sum += p.Vote[k] switch
            {
                0 => Normal.LogUpper(mu),
                1 => Math.Log(Math.Max(-mu > 0 ? Normal.Upper(-mu) - Normal.Upper(tau[j] - mu) : Normal.Cdf(tau[j] - mu) - Normal.Cdf(-mu), 1e-300)),
                _ => Normal.LogUpper((p.Ordinal ? tau[j] : 0) - mu),
            };
        }
        for (var j = 0; j < p.Items; j++) sum -= (alpha[j] * alpha[j] + beta[j] * beta[j]) / (2 * settings.ItemPriorVariance);
        for (var s = 0; s < p.States; s++)
        {
            if (last[s] < 0) continue;
            var x0 = x[s * p.Periods + first[s]];
            sum -= x0 * x0 / (2 * settings.StartVariance);
            for (var t = first[s] + 1; t <= last[s]; t++)
            {
                var d = x[s * p.Periods + t] - (scale?[t] ?? 1) * x[s * p.Periods + t - 1];
                sum -= d * d / (2 * settings.Evolution);
            }
        }
        if (scale is not null && settings.ScaleStep > 0)
            for (var t = 1; t < p.Periods; t++) sum -= (scale[t] - 1) * (scale[t] - 1) / (2 * settings.ScaleStep * settings.ScaleStep);
        return sum;
    }

    /// <summary>
    /// Parallel over large problems only: below ~100,000 votes a step takes well under a millisecond and the
    /// cost of scheduling threads would dominate. Either way each index writes only its own slots.
    /// </summary>
    private static void For(IdealProblem p, int n, Action<int> body)
    {
        if (p.Count >= 100_000) Parallel.For(0, n, body);
        else for (var i = 0; i < n; i++) body(i);
    }

    internal static void ItemStep(IdealProblem p, IdealSettings settings, double[] x, double[] v, double[] z, double[] g, double[] h, double[] alpha, double[] beta, double[] tau)
    {
        var prior = 1 / settings.ItemPriorVariance;
        For(p, p.Items, j => ItemStepItem(p, j, prior, x, v, z, g, h, alpha, beta, tau));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ItemStepItem(IdealProblem p, int j, double prior, double[] x, double[] v, double[] z, double[] g, double[] h, double[] alpha, double[] beta, double[] tau)
    {
        double n = 0, sx = 0, sxx = 0, sz = 0, szx = 0;
        for (var i = p.ItemStart[j]; i < p.ItemStart[j + 1]; i++)
        {
            var k = p.ByItem[i];
            var c = p.State[k] * p.Periods + p.Period[k];
            var m = x[c];
            n++;
            sx += m;
            sxx += m * m + v[c];
            sz += z[k];
            szx += z[k] * m;
        }
        // Normal equations of the ridge regression z ~ α + β x with N(0, 25) priors.
        double a11 = n + prior, a12 = sx, a22 = sxx + prior;
        var det = a11 * a22 - a12 * a12;
        alpha[j] = (a22 * sz - a12 * szx) / det;
        beta[j] = (a11 * szx - a12 * sz) / det;
        if (p.Ordinal) tau[j] = CutPointStep(p, j, tau[j], g, h);
    }

    /// <summary>
    /// One Newton step for τⱼ on Σ log P(vote | η, τ) at the E-step's linear predictor. Only abstain and yes
    /// terms involve τ: abstain log(Φ(τ−η) − Φ(−η)), yes log(1 − Φ(τ−η)); both are concave in τ. The step is capped
    /// at a doubling or halving and τ kept in [0.01, 10]: an item without abstentions drifts to the floor, where it
    /// is in effect binary.
    /// </summary>
    private static double CutPointStep(IdealProblem p, int j, double tau, double[] g, double[] h)
    {
        double gj = 0, hj = 0;
        for (var i = p.ItemStart[j]; i < p.ItemStart[j + 1]; i++)
        {
            gj += g[p.ByItem[i]];
            hj += h[p.ByItem[i]];
        }
        if (!(hj < 0)) return tau;
        var next = Math.Clamp(tau - gj / hj, tau * 0.5, tau * 2);
        return Math.Clamp(next, MinTau, MaxTau);
    }

    internal static void StateStep(IdealProblem p, IdealSettings settings, int[] first, int[] last, double[] alpha, double[] beta, double[] z, double[] x, double[] v, double[]? lag = null, double[]? scale = null) =>
        For(p, p.States, s => StateStepState(p, s, settings, first, last, alpha, beta, z, x, v, lag, scale));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StateStepState(IdealProblem p, int s, IdealSettings settings, int[] first, int[] last, double[] alpha, double[] beta, double[] z, double[] x, double[] v, double[]? lag, double[]? scale)
    {
        if (last[s] < 0) return;
        var n = last[s] - first[s] + 1;
        var a = new double[n];
        var b = new double[n];
        for (var i = p.StateStart[s]; i < p.StateStart[s + 1]; i++)
        {
            var k = p.ByState[i];
            var j = p.Item[k];
            var t = p.Period[k] - first[s];
            a[t] += beta[j] * beta[j];
            b[t] += beta[j] * (z[k] - alpha[j]);
        }
        var offset = s * p.Periods + first[s];
        RandomWalkSmoother.Smooth(a, b, settings.StartVariance, settings.Evolution, x.AsSpan(offset, n), v.AsSpan(offset, n),
            lag is null ? default : lag.AsSpan(offset, n), scale is null ? default : scale.AsSpan(first[s], n));
    }

    /// <summary>
    /// A static start: each state's score on the leading principal component of the item-centred vote matrix
    /// (yes 1, abstain ½, no 0; missing cells 0 after centring), by 50 power iterations from a seeded vector.
    /// </summary>
    internal static double[] PrincipalComponentStart(IdealProblem p, int seed)
    {
        var value = new double[p.Count];
        var mean = new double[p.Items];
        var count = new double[p.Items];
        for (var k = 0; k < p.Count; k++)
        {
            value[k] = p.Vote[k] / 2.0;
            mean[p.Item[k]] += value[k];
            count[p.Item[k]]++;
        }
        for (var k = 0; k < p.Count; k++) value[k] -= mean[p.Item[k]] / count[p.Item[k]];
        var random = new Random(seed);
        var u = new double[p.States];
        for (var s = 0; s < p.States; s++) u[s] = random.NextDouble() - 0.5;
        var w = new double[p.Items];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            Array.Clear(w);
            for (var k = 0; k < p.Count; k++) w[p.Item[k]] += value[k] * u[p.State[k]];
            Array.Clear(u);
            for (var k = 0; k < p.Count; k++) u[p.State[k]] += value[k] * w[p.Item[k]];
            var norm = Math.Sqrt(u.Sum(e => e * e));
            if (norm == 0) break;
            for (var s = 0; s < p.States; s++) u[s] /= norm;
        }
        var (m, sd) = MeanSd(u);
        var grid = new double[p.States * p.Periods];
        for (var s = 0; s < p.States; s++)
            for (var t = 0; t < p.Periods; t++) grid[s * p.Periods + t] = sd > 0 ? (u[s] - m) / sd : 0;
        return grid;
    }

    private static (double Mean, double Sd) MeanSd(double[] values)
    {
        var m = values.Average();
        var sd = Math.Sqrt(values.Sum(e => (e - m) * (e - m)) / values.Length);
        return (m, sd);
    }

    /// <summary>Pearson correlation over the entries finite in both arrays; 1 when either is constant.</summary>
    internal static double Correlation(double[] a, double[] b) => Correlation(a.AsSpan(), b.AsSpan());

    internal static double Correlation(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double n = 0, sa = 0, sb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i])) continue;
            n++;
            sa += a[i];
            sb += b[i];
        }
        if (n < 2) return 1;
        double ma = sa / n, mb = sb / n, saa = 0, sbb = 0, sab = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!double.IsFinite(a[i]) || !double.IsFinite(b[i])) continue;
            double da = a[i] - ma, db = b[i] - mb;
            saa += da * da;
            sbb += db * db;
            sab += da * db;
        }
        return saa == 0 || sbb == 0 ? (saa == sbb ? 1 : 0) : sab / Math.Sqrt(saa * sbb);
    }
}
