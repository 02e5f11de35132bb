#!/usr/bin/env node
// Writes internal/server/static/world.svg: the land of the world from
// Natural Earth (public domain) as the world-atlas npm package serves it
// (TopoJSON, 1:110m), drawn once in the equirectangular projection the map
// page uses (x = (lon+180)/360*1000, y = (90-lat)/180*500), so the page
// needs no projection code, no tile server and no script.
//
// Run once from the repository root with world-atlas@2.0.2 and
// topojson-client@3.1.0 installed somewhere: NODE_PATH=that/node_modules
// node scripts/places/world.js
'use strict';
const fs = require('fs');
const topo = require('topojson-client');
const world = require('world-atlas/land-110m.json');

const W = 1000, H = 500;
const r = v => Math.round(v * 10) / 10;
const land = topo.feature(world, world.objects.land);
const parts = [];
for (const f of land.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      let d = '', px = null, py = null;
      for (const [lon, lat] of ring) {
        const x = r((lon + 180) / 360 * W), y = r((90 - lat) / 180 * H);
        if (x === px && y === py) continue;
        d += (d ? 'L' : 'M') + x + ' ' + y;
        px = x; py = y;
      }
      if (d) parts.push(d + 'Z');
    }
  }
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<!-- Land outline: Natural Earth (public domain) via the world-atlas npm package; written by scripts/places/world.js -->
<path fill="#dfe3d8" stroke="#b7bdb0" stroke-width="0.4" fill-rule="evenodd" d="${parts.join('')}"/>
</svg>
`;
fs.writeFileSync('internal/server/static/world.svg', svg);
console.error(`world.svg: ${parts.length} rings, ${svg.length} bytes`);
