import { explainBundles } from '../bench/bundle-by-module';
explainBundles().then((b) => { const c = b[0]!; console.log(c.raw, c.gzip); for (const m of c.modules) console.log(m.module.padEnd(50), m.raw, m.gzipEstimate); });
