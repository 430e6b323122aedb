# Compares the R peer's dyads (peer.R) with `multivector dyads --by session` as CSV: same dyad-sessions, same
# both-voted counts, and every measure equal within 1e-12 (NA on one side only counts as a mismatch).
#   Rscript check.R PEER.csv OURS.csv
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
peer <- fread(args[1]); ours <- fread(args[2])
setnames(ours, "period", "session")
ours[, session := as.integer(session)]
both <- merge(peer, ours, by = c("state_a", "state_b", "session"), suffixes = c(".r", ".mv"))
measures <- c("both_voted", "identical", "voeten", "state_dept_votes_only", "state_dept_current", "s", "kappa", "pi")
worst <- 0; mismatches <- 0
for (m in measures) {
  x <- both[[paste0(m, ".r")]]; y <- both[[paste0(m, ".mv")]]
  mismatches <- mismatches + sum(is.na(x) != is.na(y))
  d <- abs(x - y); d <- d[!is.na(d)]
  if (length(d)) { worst <- max(worst, d); mismatches <- mismatches + sum(d > 1e-12) }
}
cat(sprintf("peer %d rows, ours %d rows, matched %d; mismatches %d; largest difference %.2e\n",
            nrow(peer), nrow(ours), nrow(both), mismatches, worst))
if (nrow(peer) != nrow(ours) || nrow(both) != nrow(ours) || mismatches > 0) quit(status = 1)
