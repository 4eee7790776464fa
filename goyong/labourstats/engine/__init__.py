"""Pure numeric code for employment statistics: no Django imports here (CONVENTIONS.md).

Modules: `direct` (design-based estimates with Taylor-linearised SEs), `fayherriot`
(area-level small-area estimation), `decomposition` (Kitagawa / Das Gupta), `gap` (persons
needed to reach a target rate), `trends` (forecasts that account for survey noise)."""
