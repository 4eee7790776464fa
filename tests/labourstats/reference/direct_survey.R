# Reference values for goyong.labourstats.engine.direct, computed with R `survey`.
#
# Regenerate (Debian: apt-get install r-base-core r-cran-survey), from this directory:
#     Rscript direct_survey.R
# It writes direct_sample.csv (the deterministic test microdata, 2,000 persons) and
# direct_survey_results.csv (estimates, SEs and degrees of freedom at 17 significant digits).
# Recorded with R 4.2.2 and survey 4.1.1 (Debian bookworm packages).
suppressMessages(library(survey))
set.seed(20140415)

# 6 strata with 7-13 PSUs each, 15-50 persons per PSU; stratum 6 holds no one from area "E",
# and area "E" also misses most PSUs elsewhere (domain absent from PSUs).
rows <- list(); psu_id <- 0
for (h in 1:6) {
  for (i in seq_len(6 + h %% 4 + sample(1:4, 1))) {
    psu_id <- psu_id + 1
    k <- sample(15:50, 1)
    areas <- if (h == 6) c("A", "B", "C", "D") else c("A", "B", "C", "D", "E")
    pr <- if (h == 6) c(4, 3, 2, 1) else c(4, 3, 2, 1, if (psu_id %% 3 == 0) 2 else 0)
    rows[[psu_id]] <- data.frame(
      stratum = h, psu = psu_id,
      weight = round(runif(k, 50, 400) * (1 + h / 3), 3),
      area = sample(areas, k, replace = TRUE, prob = pr),
      age = sample(15:80, k, replace = TRUE),
      status = sample(1:3, k, replace = TRUE, prob = c(0.6 + 0.03 * h, 0.04, 0.36 - 0.03 * h)),
      income = round(rgamma(k, shape = 2, scale = 150 + 10 * h), 2))
  }
}
d <- do.call(rbind, rows)
d <- d[seq_len(min(2000, nrow(d))), ]
d$pop15_64 <- as.integer(d$age >= 15 & d$age <= 64)
d$employed15_64 <- as.integer(d$pop15_64 == 1 & d$status == 1)
# a second stratification with one lonely stratum: the first PSU of stratum 1 alone in "S7"
d$stratum_lonely <- ifelse(d$psu == 1, 7L, d$stratum)
write.csv(d, "direct_sample.csv", row.names = FALSE)

out <- list()
add <- function(design_name, lonely, stat, variable, domain, est, se, df) {
  out[[length(out) + 1]] <<- data.frame(design = design_name, lonely = lonely, stat = stat,
    variable = variable, domain = domain, estimate = sprintf("%.17g", est),
    se = sprintf("%.17g", se), df = df)
}

run <- function(design_name, strata_formula, lonely) {
  options(survey.lonely.psu = lonely)
  des <- svydesign(ids = ~psu, strata = strata_formula, weights = ~weight, data = d)
  dom_df <- sapply(sort(unique(d$area)), function(a) degf(subset(des, area == a)))
  tot <- svyby(~income, ~area, des, svytotal)
  add(design_name, lonely, "total", "income", tot$area, coef(tot), SE(tot), dom_df[tot$area])
  mn <- svyby(~income, ~area, des, svymean)
  add(design_name, lonely, "mean", "income", mn$area, coef(mn), SE(mn), dom_df[mn$area])
  rt <- svyby(~employed15_64, ~area, des, svyratio, denominator = ~pop15_64)
  add(design_name, lonely, "ratio", "employed15_64/pop15_64", rt$area, coef(rt), SE(rt),
      dom_df[rt$area])
  # whole population (no domain)
  t0 <- svytotal(~income, des); m0 <- svymean(~income, des)
  r0 <- svyratio(~employed15_64, ~pop15_64, des)
  add(design_name, lonely, "total", "income", "all", coef(t0), SE(t0), degf(des))
  add(design_name, lonely, "mean", "income", "all", coef(m0), SE(m0), degf(des))
  add(design_name, lonely, "ratio", "employed15_64/pop15_64", "all", coef(r0), SE(r0), degf(des))
}

run("main", ~stratum, "fail")
for (lonely in c("certainty", "remove", "adjust", "average")) run("lonely", ~stratum_lonely, lonely)
# the default option refuses the lonely design (recorded so the test can assert the same)
options(survey.lonely.psu = "fail")
msg <- tryCatch({
  svytotal(~income, svydesign(ids = ~psu, strata = ~stratum_lonely, weights = ~weight, data = d))
  "no error"
}, error = function(e) conditionMessage(e))
cat("lonely/fail:", msg, "\n")

res <- do.call(rbind, out)
write.csv(res, "direct_survey_results.csv", row.names = FALSE, quote = FALSE)
