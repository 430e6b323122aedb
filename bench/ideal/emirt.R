# Fits emIRT's ordIRT (static, ordinal) to one session and dynIRT (dynamic, binary) to the whole record, and
# correlates them with Multivector's runs on the same votes and the same 2.5% lopsidedness cut.
# Usage: Rscript emirt.R votes.csv ideal.csv SESSION ORDINAL_SESSION_RUN BINARY_HISTORY_RUN ORDINAL_HISTORY_RUN EMIRT_LIB
suppressMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(emIRT, lib.loc = args[7]))
votes <- fread(args[1], select = c("rcid", "session", "state", "vote"))
ideal_points <- fread(args[2])
target <- as.integer(args[3])
ordinal_session_run <- as.integer(args[4]); binary_history_run <- as.integer(args[5]); ordinal_history_run <- as.integer(args[6])
set.seed(20240917)

# Votes: 1 yes, 2 abstain, 3 no (Multivector's export).
contested <- function(v, binary) {
  counts <- v[, .(yes = sum(vote == 1), abstain = sum(vote == 2), no = sum(vote == 3)), by = rcid]
  if (binary) counts[, abstain := 0L]
  counts[, cast := yes + abstain + no]
  counts[, minority := cast - pmax(yes, abstain, no)]
  counts[cast > 0 & minority > 0 & minority >= 0.025 * cast, rcid]
}
pick <- function(run) ideal_points[run_id == run, .(state, period = as.integer(period), position)]

## ordIRT: one session, no 1, abstain 2, yes 3, missing 0.
s <- votes[session == target]
s <- s[rcid %in% contested(s, FALSE)]
states <- sort(unique(s$state)); rcids <- sort(unique(s$rcid))
rc <- matrix(0, length(states), length(rcids), dimnames = list(states, rcids))
rc[cbind(match(s$state, states), match(s$rcid, rcids))] <- c(3, 2, 1)[s$vote]
J <- ncol(rc); N <- nrow(rc)
starts <- list(DD = matrix(0.5, J, 1), tau = matrix(-0.5, J, 1), beta = matrix(runif(J, -1, 1), ncol = 1), x = matrix(runif(N, -1, 1), ncol = 1))
priors <- list(x = list(mu = matrix(0, 1, 1), sigma = matrix(1, 1, 1)), beta = list(mu = matrix(0, 2, 1), sigma = matrix(diag(25, 2), 2, 2)))
ord_seconds <- system.time(ord <- ordIRT(.rc = unname(rc), .starts = starts, .priors = priors, .D = 1,
  .control = list(threads = 1, verbose = FALSE, thresh = 1e-6, maxit = 1000)))[["elapsed"]]
ours <- pick(ordinal_session_run)
ord_x <- setNames(ord$means$x[, 1], states)
common <- intersect(names(ord_x), ours$state)
cat("ord_states", N, "\n")
cat("ord_rollcalls", J, "\n")
cat("ord_seconds", sprintf("%.3f", ord_seconds), "\n")
cat("ord_iterations", ord$runtime$iters, "\n")
cat("ord_r", sprintf("%.4f", abs(cor(ord_x[common], ours[match(common, state), position]))), "\n")

## dynIRT: the whole record by session, yes 1, no -1, abstain and absent 0.
b <- votes[vote != 2]
b <- b[rcid %in% contested(b, TRUE)]
periods <- sort(unique(b$session)); T <- length(periods)
# dynIRT reads its bills in period order (its getLast_dynIRT assumes it), so sort by session, then rcid.
order_of <- unique(b[, .(rcid, session)])[order(session, rcid)]
states <- sort(unique(b$state)); rcids <- order_of$rcid
rc <- matrix(0, length(states), length(rcids))
rc[cbind(match(b$state, states), match(b$rcid, rcids))] <- ifelse(b$vote == 1, 1, -1)
bill_period <- match(b[match(rcids, rcid), session], periods) - 1
span <- b[, .(first = match(min(session), periods) - 1, last = match(max(session), periods) - 1), by = state][match(states, state)]
N <- length(states); J <- length(rcids)
# Starts: each state's share of yes votes, standardised (sign arbitrary), in every period it served; each roll
# call's slope the correlation of its votes with that score, its intercept the probit of its yes share.
yes_share <- rowSums(rc == 1) / pmax(1, rowSums(rc != 0))
score <- (yes_share - mean(yes_share)) / sd(yes_share)
x0 <- matrix(0, N, T)
for (i in seq_len(N)) x0[i, (span$first[i] + 1):(span$last[i] + 1)] <- score[i]
slope <- apply(rc, 2, function(col) { k <- col != 0; if (sum(k) > 2 && sd(col[k]) > 0) cor(col[k], score[k]) else 0 })
intercept <- qnorm(pmin(pmax(colSums(rc == 1) / pmax(1, colSums(rc != 0)), 0.01), 0.99))
# Doubles throughout, as in emIRT's own mq_data: the C++ side reads every matrix as arma::mat.
data <- list(rc = rc, startlegis = matrix(as.numeric(span$first), ncol = 1), endlegis = matrix(as.numeric(span$last), ncol = 1),
  bill.session = matrix(as.numeric(bill_period), ncol = 1), T = as.numeric(T))
starts <- list(alpha = matrix(intercept, ncol = 1), beta = matrix(slope, ncol = 1), x = x0)
priors <- list(x.mu0 = matrix(0, N, 1), x.sigma0 = matrix(1, N, 1), beta.mu = matrix(0, 2, 1),
  beta.sigma = matrix(diag(25, 2), 2, 2), omega2 = matrix(0.1, N, 1))
dyn_seconds <- system.time(dyn <- dynIRT(.data = data, .starts = starts, .priors = priors,
  .control = list(threads = 2, verbose = FALSE, thresh = 1e-6, maxit = 1000)))[["elapsed"]]
grid <- rbindlist(lapply(seq_len(N), function(i) {
  t <- (span$first[i]:span$last[i]) + 1
  data.table(state = states[i], period = periods[t], dyn = dyn$means$x[i, t])
}))
compare <- function(run, label) {
  m <- merge(grid, pick(run), by = c("state", "period"))
  pooled <- cor(m$dyn, m$position)
  sign <- if (pooled < 0) -1 else 1
  per <- m[, .(r = if (.N > 2) sign * cor(dyn, position) else NA_real_), by = period][!is.na(r)]
  cat(label, "_pooled ", sprintf("%.4f", abs(pooled)), "\n", sep = "")
  cat(label, "_session_median ", sprintf("%.4f", median(per$r)), "\n", sep = "")
  cat(label, "_session_worst ", sprintf("%.4f (session %d)", min(per$r), per[which.min(r), period]), "\n", sep = "")
  cat(label, "_cells ", nrow(m), "\n", sep = "")
}
cat("dyn_states", N, "\n")
cat("dyn_rollcalls", J, "\n")
cat("dyn_periods", T, "\n")
cat("dyn_seconds", sprintf("%.2f", dyn_seconds), "\n")
cat("dyn_iterations", dyn$runtime$iters, "\n")
cat("dyn_converged", dyn$runtime$conv, "\n")
compare(binary_history_run, "dyn_binary")
compare(ordinal_history_run, "dyn_ordinal")
