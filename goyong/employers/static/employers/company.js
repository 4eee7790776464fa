/* A company's monthly insured headcount (line) with hires and separations (bars). */
(function () {
  "use strict";
  var el = document.getElementById("gy-headcount-chart");
  var dataEl = document.getElementById("gy-headcount-data");
  if (!el || !dataEl || !window.echarts) { return; }
  var d = el.dataset, data = JSON.parse(dataEl.textContent);
  var chart = echarts.init(el, null, { renderer: "canvas" });
  chart.setOption({
    aria: { enabled: true },
    grid: { left: 48, right: 48, top: 48, bottom: 40 },
    legend: { top: 4 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: data.months },
    yAxis: [{ type: "value", name: d.labelInsured, scale: true }, { type: "value", name: d.labelFlows }],
    series: [
      { name: d.labelInsured, type: "line", data: data.insured, itemStyle: { color: "#256ef4" } },
      { name: d.labelHires, type: "bar", yAxisIndex: 1, data: data.hires, itemStyle: { color: "#1a6b2f" } },
      { name: d.labelSeparations, type: "bar", yAxisIndex: 1, data: data.separations, itemStyle: { color: "#e0791f" } }
    ]
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
