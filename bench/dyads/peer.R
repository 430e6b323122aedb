# The R peer for `multivector dyads --by session`: every pair of states × session × the seven agreement
# measures, the way an R user would write it: data.table for the votes, and per session three one-hot
# matrices (yes, abstain, no; states × roll calls) whose BLAS cross-products (tcrossprod) give all nine
# cells of every pair's joint-vote table at once. The measures are then vectorised over the upper triangle.
#
#   Rscript peer.R VOTES.csv OUT.csv [REPEATS]
#
# VOTES.csv is `multivector export csv votes` (rcid, session, …, state, …, vote). Prints `load SECONDS`,
# `compute SECONDS` (the median of REPEATS runs, default 3: from the loaded table to the finished dyad
# table, not counting the write) and `rows N`, then writes the dyads to OUT.csv for the equality check.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
repeats <- if (length(args) >= 3) as.integer(args[3]) else 3L

t0 <- proc.time()[["elapsed"]]
votes <- fread(args[1], select = c("rcid", "session", "state", "vote"))
load_seconds <- proc.time()[["elapsed"]] - t0

dyads <- function(votes) {
  cast <- votes[vote %in% 1:3]
  per_session <- lapply(split(cast, by = "session", sorted = TRUE), function(v) {
    states <- sort(unique(v$state))
    calls <- unique(v$rcid)
    i <- match(v$state, states)
    j <- match(v$rcid, calls)
    one_hot <- function(code) {
      m <- matrix(0, length(states), length(calls))
      hit <- v$vote == code
      m[cbind(i[hit], j[hit])] <- 1
      m
    }
    Y <- one_hot(1L); A <- one_hot(2L); N <- one_hot(3L)
    up <- which(upper.tri(diag(length(states))))
    # t_kl[a, b]: roll calls on which a voted k and b voted l; six products give all nine cells.
    YY <- tcrossprod(Y)[up]; AA <- tcrossprod(A)[up]; NN <- tcrossprod(N)[up]
    YA_ <- tcrossprod(Y, A); YN_ <- tcrossprod(Y, N); AN_ <- tcrossprod(A, N)
    YA <- YA_[up]; AY <- t(YA_)[up]; YN <- YN_[up]; NY <- t(YN_)[up]; AN <- AN_[up]; NA_ <- t(AN_)[up]
    n <- YY + YA + YN + AY + AA + AN + NY + NA_ + NN
    same <- YY + AA + NN
    opposite <- YN + NY
    steps <- YA + AY + AN + NA_ + 2 * opposite
    r0 <- YY + YA + YN; r1 <- AY + AA + AN; r2 <- NY + NA_ + NN
    c0 <- YY + AY + NY; c1 <- YA + AA + NA_; c2 <- YN + AN + NN
    expected_kappa <- r0 * (c1 + 2 * c2) + r1 * (c0 + c2) + r2 * (2 * c0 + c1)
    yes <- r0 + c0; abstain <- r1 + c1; no <- r2 + c2
    expected_pi <- yes * abstain + no * (abstain + 2 * yes)
    ab <- arrayInd(up, c(length(states), length(states)))
    keep <- n > 0
    undefined <- function(x, d) ifelse(d == 0, NA_real_, x)
    data.table(
      state_a = states[ab[keep, 1]], state_b = states[ab[keep, 2]], session = v$session[1], both_voted = n[keep],
      identical = (same / n)[keep],
      voeten = ((2 * n - steps) / (2 * n))[keep],
      state_dept_votes_only = undefined((YY + NN) / (YY + NN + opposite), YY + NN + opposite)[keep],
      state_dept_current = ((2 * same + (n - same - opposite)) / (2 * n))[keep],
      s = ((n - steps) / n)[keep],
      kappa = undefined(1 - n * steps / expected_kappa, expected_kappa)[keep],
      pi = undefined(1 - 2 * n * steps / expected_pi, expected_pi)[keep])
  })
  rbindlist(per_session)
}

times <- numeric(repeats)
for (r in seq_len(repeats)) {
  t0 <- proc.time()[["elapsed"]]
  result <- dyads(votes)
  times[r] <- proc.time()[["elapsed"]] - t0
}
cat(sprintf("load %.3f\ncompute %.3f\nrows %d\n", load_seconds, median(times), nrow(result)))
fwrite(result, args[2])
