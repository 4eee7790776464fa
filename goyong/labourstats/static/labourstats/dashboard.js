/* Statistics choropleths: the 17 시도 (dashboard) or the 시군구 of one 시도 (drill-down,
   data-sido set: features filtered by sido_kostat_code), coloured by the metric. */
(function () {
  "use strict";
  var el = document.getElementById("gy-stats-map");
  var dataEl = document.getElementById("gy-stats-data");
  if (!el || !dataEl || !window.echarts) { return; }
  var d = el.dataset, status = document.getElementById("gy-stats-status");
  var rows = JSON.parse(dataEl.textContent), byCode = {};
  rows.forEach(function (r) { byCode[r.code] = r; });
  var chart = echarts.init(el, null, { renderer: "canvas" });
  var target = parseFloat(d.target);

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function fmt(v) {
    if (v === null || v === undefined) { return d.labelNone; }
    if (d.metric === "needed" || d.metric === "rse_flags") { return Math.round(v).toLocaleString("ko-KR"); }
    return v.toFixed(1);
  }
  var mapName = d.sido ? "sigungu-stats-" + d.sido : "sido-stats";
  function render(gj) {
    if (d.sido) {
      gj = { type: "FeatureCollection", features: gj.features.filter(function (f) {
        return String(f.properties.sido_kostat_code) === d.sido; }) };
    }
    gj.features.forEach(function (f) { f.properties.name = String(f.properties.kostat_code); });
    echarts.registerMap(mapName, gj);
    var values = rows.map(function (r) { return r.value; }).filter(function (v) { return v !== null; });
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    var visual;
    if (!values.length) { min = 0; max = 1; }
    if (d.metric === "rate_15_64") {
      // the 70% target splits the legend: below in oranges, at or above in blues
      visual = { type: "piecewise", left: 8, bottom: 8, pieces: [
        { lt: target - 5, color: "#c25a00", label: "< " + (target - 5) + "%" },
        { gte: target - 5, lt: target, color: "#f0b27a", label: (target - 5) + "–" + target + "%" },
        { gte: target, lt: target + 5, color: "#8fb3f5", label: target + "–" + (target + 5) + "% (" + d.labelTarget + ")" },
        { gte: target + 5, color: "#0b50d0", label: "≥ " + (target + 5) + "% (" + d.labelTarget + ")" }
      ] };
    } else {
      visual = { type: "continuous", min: min, max: max, left: 8, bottom: 8, calculable: false,
        inRange: { color: ["#eef2fe", "#0b50d0"] }, text: [fmt(max), fmt(min)] };
    }
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "item", formatter: function (p) {
        var r = byCode[p.name] || { name: p.name, value: null };
        return "<strong>" + esc(r.name) + "</strong><br>" + esc(d.labelMetric) + ": " + esc(fmt(r.value));
      } },
      visualMap: visual,
      series: [{ type: "map", map: mapName, roam: false, select: { disabled: true },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#ffd43b" } },
        itemStyle: { borderColor: "#ffffff", borderWidth: 0.8, areaColor: "#d9d9d9" },
        data: rows.filter(function (r) { return r.value !== null; })
          .map(function (r) { return { name: r.code, value: r.value }; }) }]
    }, true);
  }
  chart.on("click", function (p) {
    if (byCode[p.name] && d.areaUrl) { window.location.href = d.areaUrl.replace("__code__", encodeURIComponent(p.name)); }
  });
  window.addEventListener("resize", function () { chart.resize(); });
  chart.showLoading();
  fetch(d.geoUrl || d.sidoUrl, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) { throw new Error(r.status); }
    return r.json();
  }).then(function (gj) { chart.hideLoading(); render(gj); }).catch(function () {
    chart.hideLoading();
    if (status) { status.textContent = d.labelError; }
  });
})();
