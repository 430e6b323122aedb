# Fits pscl::ideal (one dimension, MCMC) to one session coded binary and compares with Multivector's runs.
# Usage: Rscript pscl.R votes.csv ideal.csv SESSION BINARY_RUN ORDINAL_RUN
suppressMessages(library(pscl))
args <- commandArgs(trailingOnly = TRUE)
votes <- read.csv(args[1], stringsAsFactors = FALSE)
ideal_points <- read.csv(args[2], stringsAsFactors = FALSE)
session <- as.integer(args[3])
binary_run <- as.integer(args[4]); ordinal_run <- as.integer(args[5])

v <- votes[votes$session == session & votes$vote %in% c(1, 3), ]
states <- sort(unique(v$state)); rcids <- sort(unique(v$rcid))
m <- matrix(NA_integer_, length(states), length(rcids), dimnames = list(states, rcids))
m[cbind(match(v$state, states), match(v$rcid, rcids))] <- ifelse(v$vote == 1, 1L, 0L)
# The same cut as Multivector: drop a roll call when its minority is under 2.5% of the yes and no votes.
yes <- colSums(m == 1, na.rm = TRUE); no <- colSums(m == 0, na.rm = TRUE)
keep <- pmin(yes, no) > 0 & pmin(yes, no) >= 0.025 * (yes + no)
m <- m[, keep, drop = FALSE]
m <- m[rowSums(!is.na(m)) > 0, , drop = FALSE]
rc <- rollcall(m, yea = 1, nay = 0, missing = NA, notInLegis = NULL, legis.names = rownames(m), desc = paste("UNGA session", session))

set.seed(20240917)
maxiter <- 10000; burnin <- 1000; thin <- 10
elapsed <- system.time(fit <- ideal(rc, d = 1, maxiter = maxiter, burnin = burnin, thin = thin, normalize = TRUE, verbose = FALSE))[["elapsed"]]
pscl_x <- fit$xbar[, 1]

pick <- function(run) { p <- ideal_points[ideal_points$run_id == run, ]; setNames(p$position, p$state) }
binary <- pick(binary_run); ordinal <- pick(ordinal_run)
common <- intersect(names(pscl_x), names(binary))
# pscl fixes its sign arbitrarily; the magnitude of r is what compares the fits.
r_binary <- abs(cor(pscl_x[common], binary[common]))
both <- intersect(names(ordinal), names(binary))
cat("states", nrow(m), "\n")
cat("rollcalls", ncol(m), "\n")
cat("mcmc", sprintf("%d iterations, burn-in %d, thin %d", maxiter, burnin, thin), "\n")
cat("pscl_seconds", sprintf("%.2f", elapsed), "\n")
cat("r_binary", sprintf("%.4f", r_binary), "\n")
cat("r_ordinal_binary", sprintf("%.4f", cor(ordinal[both], binary[both])), "\n")
cat("r_ordinal_pscl", sprintf("%.4f", abs(cor(ordinal[common], pscl_x[common]))), "\n")
