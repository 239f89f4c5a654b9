/// Eigenvector centrality (networkx `eigenvector_centrality`).
///
/// Formula: x is the principal eigenvector of Aᵀ (Bonacich, "Factoring and weighting approaches
/// to status scores and clique identification", J. Math. Sociol. 2, 1972):
///     λ x_v = Σ_{u → v} w(u, v) x_u,   scaled to Euclidean norm 1.
/// Direction: a node is central when central nodes point *to* it (in-edges), as networkx's
/// left eigenvector; in an undirected graph every edge counts both ways.
///
/// Method: networkx's power iteration on (A + I)ᵀ — the shift keeps it convergent on bipartite
/// and periodic graphs without moving the eigenvector — from the start vector 1/n, normalized to
/// norm 1 after every step; it stops when Σ_v |x_v − x'_v| < n · tolerance. Same start, same
/// iteration, same limit, so disconnected graphs give networkx's answer too.
/// O(iterations · (n + m)).
///
/// Undirected graphs first take a shortcut: on hub-dominated graphs λ₂/λ₁ is close to 1 and
/// the power iteration needs hundreds of steps. A 40-step Lanczos run estimates the spectrum
/// ends, then Chebyshev-filtered iteration (Rutishauser 1969; Saad, "Numerical Methods for
/// Large Eigenvalue Problems", 2nd ed., 2011, §7.4) damps every eigenvalue in [λ_min, λ₂] at
/// once, converging about ten times faster; the power iteration above then runs from that
/// vector until its own stopping test holds, so the result is what it would have converged to.
///
/// Self-loops count (A_vv = w). networkx refuses multigraphs here; parallel edges add up
/// (A_uv = the number of u → v edges, or their summed weights), the same adjacency matrix
/// PageRank and HITS use — networkx's answer on the graph with parallel edges merged that way.
public enum EigenvectorCentrality {
    public static func compute(_ index: CSRIndex, tolerance: Double = 1e-10, maxIterations: Int = 10_000) throws -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        let adjacency = index.in.simplified(dropSelfLoops: false, merge: .sum)
        var x = [Double](repeating: 1 / Double(n), count: n)
        var iterations = 0
        if !index.directed && n > 64 && adjacency.entryCount > 0 {
            x = chebyshevStart(adjacency, n: n, tolerance: tolerance, iterations: &iterations) ?? x
        }
        var y = [Double](repeating: 0, count: n)
        while iterations < maxIterations {
            iterations += 1
            multiply(adjacency, x, into: &y, plusIdentity: true)
            var squares = 0.0
            for v in 0 ..< n { squares += y[v] * y[v] }
            var norm = squares.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0 ..< n {
                let next = y[v] / norm
                change += abs(next - x[v])
                x[v] = next
            }
            if change < Double(n) * tolerance { return x }
        }
        throw AnalyticsError.notConverged(measure: "eigenvector", iterations: maxIterations, tolerance: tolerance)
    }

    /// y = A x (+ x).
    static func multiply(_ adjacency: Adjacency, _ x: [Double], into y: inout [Double], plusIdentity: Bool) {
        let n = x.count
        adjacency.withView { g in
            let offsets = g.offsets.baseAddress!, targets = g.targets.baseAddress!
            x.withUnsafeBufferPointer { xs in
                y.withUnsafeMutableBufferPointer { ys in
                    for v in 0 ..< n {
                        var sum = plusIdentity ? xs[v] : 0
                        var k = offsets[v]
                        let end = offsets[v + 1]
                        if let weights = g.weights {
                            while k < end { sum += weights[k] * xs[Int(targets[k])]; k &+= 1 }
                        } else {
                            while k < end { sum += xs[Int(targets[k])]; k &+= 1 }
                        }
                        ys[v] = sum
                    }
                }
            }
        }
    }

    /// A vector close to the principal eigenvector of a symmetric A, or nil when the spectrum
    /// estimate leaves no room for acceleration. Counts its matrix products in `iterations`.
    static func chebyshevStart(_ adjacency: Adjacency, n: Int, tolerance: Double, iterations: inout Int) -> [Double]? {
        guard let (lowest, second, highest) = spectrumEnds(adjacency, n: n, iterations: &iterations) else { return nil }
        let width = highest - lowest
        let a = lowest - 0.01 * width
        let b = second + 0.05 * (highest - second)
        guard highest - b > 1e-9 * width, b > a else { return nil }
        let e = (b - a) / 2, c = (b + a) / 2
        let sigma1 = e / (highest - c)
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var previous = x, current = x, next = [Double](repeating: 0, count: n), product = [Double](repeating: 0, count: n)
        // Cycles of `degree` filtered steps, each cycle restarted from the normalized result.
        let degree = 8
        for _ in 0 ..< 200 {
            previous = x
            multiply(adjacency, x, into: &product, plusIdentity: false)
            for v in 0 ..< n { current[v] = sigma1 / e * (product[v] - c * x[v]) }
            var sigma = sigma1
            for _ in 1 ..< degree {
                let sigmaNext = 1 / (2 / sigma1 - sigma)
                multiply(adjacency, current, into: &product, plusIdentity: false)
                for v in 0 ..< n {
                    next[v] = 2 * sigmaNext / e * (product[v] - c * current[v]) - sigma * sigmaNext * previous[v]
                }
                swap(&previous, &current); swap(&current, &next)
                sigma = sigmaNext
            }
            iterations += degree
            var squares = 0.0, sum = 0.0
            for v in 0 ..< n { squares += current[v] * current[v]; sum += current[v] }
            guard squares > 0, squares.isFinite else { return nil }
            let scale = (sum < 0 ? -1 : 1) / squares.squareRoot()
            var change = 0.0
            for v in 0 ..< n {
                let value = current[v] * scale
                change += abs(value - x[v])
                x[v] = value
            }
            if change < Double(n) * tolerance { break }
        }
        return x
    }

    /// Lowest, second-highest (distinct) and highest eigenvalue estimates of a symmetric A from
    /// 40 Lanczos steps (Ritz values of the tridiagonal matrix, by Jacobi rotations).
    static func spectrumEnds(_ adjacency: Adjacency, n: Int, iterations: inout Int) -> (Double, Double, Double)? {
        let steps = min(40, n)
        var rng = SplitMix64(seed: 0x5EED)
        var q = (0 ..< n).map { _ in Double(rng.next() >> 11) / Double(1 << 53) + 0.5 }
        var norm = q.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for v in 0 ..< n { q[v] /= norm }
        var qPrevious = [Double](repeating: 0, count: n), w = [Double](repeating: 0, count: n)
        var alpha: [Double] = [], beta: [Double] = []
        var betaLast = 0.0
        for _ in 0 ..< steps {
            multiply(adjacency, q, into: &w, plusIdentity: false)
            iterations += 1
            var a = 0.0
            for v in 0 ..< n { a += w[v] * q[v] }
            for v in 0 ..< n { w[v] -= a * q[v] + betaLast * qPrevious[v] }
            alpha.append(a)
            norm = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm < 1e-10 * max(1, abs(a)) { break }
            beta.append(norm)
            betaLast = norm
            swap(&qPrevious, &q)
            for v in 0 ..< n { q[v] = w[v] / norm }
        }
        let k = alpha.count
        guard k >= 3 else { return nil }
        // Dense symmetric tridiagonal → eigenvalues by cyclic Jacobi.
        var t = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0 ..< k { t[i][i] = alpha[i]; if i + 1 < k { t[i][i + 1] = beta[i]; t[i + 1][i] = beta[i] } }
        for _ in 0 ..< 60 {
            var off = 0.0
            for i in 0 ..< k { for j in (i + 1) ..< k { off += t[i][j] * t[i][j] } }
            if off < 1e-24 { break }
            for p in 0 ..< k {
                for r in (p + 1) ..< k where abs(t[p][r]) > 1e-300 {
                    let theta = (t[r][r] - t[p][p]) / (2 * t[p][r])
                    let tangent = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let cosine = 1 / (tangent * tangent + 1).squareRoot(), sine = tangent * cosine
                    for i in 0 ..< k {
                        let ip = t[i][p], ir = t[i][r]
                        t[i][p] = cosine * ip - sine * ir; t[i][r] = sine * ip + cosine * ir
                    }
                    for i in 0 ..< k {
                        let pi = t[p][i], ri = t[r][i]
                        t[p][i] = cosine * pi - sine * ri; t[r][i] = sine * pi + cosine * ri
                    }
                }
            }
        }
        let values = (0 ..< k).map { t[$0][$0] }.sorted()
        let highest = values[k - 1], lowest = values[0]
        let width = highest - lowest
        // Lanczos without reorthogonalization repeats converged Ritz values ("ghosts"): take
        // the largest value clearly below the top one.
        guard let second = values.last(where: { $0 < highest - 1e-6 * width }) else { return nil }
        return (lowest, second, highest)
    }
}
