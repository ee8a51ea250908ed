// ECharts' prebuilt ES module: one minified file that Node loads in about a third of the
// time the hundreds of modules behind `echarts/core` take. Same API as `echarts/core`.
declare module 'echarts/dist/echarts.esm.min' {
  export * from 'echarts/core';
}
