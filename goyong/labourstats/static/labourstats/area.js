/* One area's 15–64 employment rate: observed values, the 70% line and the forecast band. */
(function () {
  "use strict";
  var el = document.getElementById("gy-series-chart");
  var dataEl = document.getElementById("gy-series-data");
  if (!el || !dataEl || !window.echarts) { return; }
  var d = el.dataset, data = JSON.parse(dataEl.textContent);
  var chart = echarts.init(el, null, { renderer: "canvas" });
  function pts(vintage) {
    return data.points.filter(function (p) { return p.vintage === vintage; })
      .map(function (p) { return [p.year, p.value]; }).sort(function (a, b) { return a[0] - b[0]; });
  }
  var series = [
    { name: d.labelRevised, type: "line", data: pts("revised"), symbolSize: 6, itemStyle: { color: "#256ef4" },
      markLine: { silent: true, symbol: "none", lineStyle: { color: "#d63a6e", type: "dashed" },
        label: { formatter: d.labelTarget, position: "insideStartTop" }, data: [{ yAxis: data.target }] } },
    { name: d.labelPublished, type: "scatter", data: pts("published"), symbol: "diamond", symbolSize: 11,
      itemStyle: { color: "#e0791f" } }
  ];
  var fc = data.forecast;
  if (fc) {
    series.push({ name: "band-low", type: "line", stack: "band", symbol: "none", lineStyle: { opacity: 0 },
      data: fc.years.map(function (y, i) { return [y, fc.lower[i]]; }), tooltip: { show: false } });
    series.push({ name: d.labelBand, type: "line", stack: "band", symbol: "none", lineStyle: { opacity: 0 },
      areaStyle: { color: "rgba(37,110,244,0.18)" }, itemStyle: { color: "rgba(37,110,244,0.35)" },
      data: fc.years.map(function (y, i) { return [y, fc.upper[i] - fc.lower[i]]; }), tooltip: { show: false } });
    series.push({ name: d.labelForecast, type: "line", symbol: "none", lineStyle: { type: "dotted", color: "#256ef4" },
      data: fc.years.map(function (y, i) { return [y, fc.mean[i]]; }) });
  }
  chart.setOption({
    aria: { enabled: true },
    grid: { left: 48, right: 16, top: 48, bottom: 40 },
    legend: { top: 4, data: [d.labelRevised, d.labelPublished, d.labelForecast, d.labelBand].filter(Boolean) },
    tooltip: { trigger: "axis", valueFormatter: function (v) { return typeof v === "number" ? v.toFixed(1) + "%" : v; } },
    xAxis: { type: "value", min: "dataMin", max: "dataMax", minInterval: 1,
      axisLabel: { formatter: function (v) { return String(v); } } },
    yAxis: { type: "value", scale: true, axisLabel: { formatter: "{value}%" } },
    series: series
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
