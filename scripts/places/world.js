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
// Each polygon (its outer ring and its holes) is a path of its own, so
// the two copies of a polygon across the antimeridian never cancel each
// other's fill.
const parts = [], lines = [];
function ringPath(ring, shift) {
  let d = '', px = null, py = null;
  for (const [lon, lat] of ring) {
    const x = r((lon + 180) / 360 * W + shift), y = r((90 - lat) / 180 * H);
    if (x === px && y === py) continue;
    d += (d ? 'L' : 'M') + x + ' ' + y;
    px = x; py = y;
  }
  return d ? d + 'Z' : '';
}
// unwrap makes a ring's longitudes continuous, adding 360 after each jump
// west to east across the antimeridian and taking it away after each jump
// back, so the ring lies east of the antimeridian where it crosses it.
function unwrap(ring) {
  let off = 0, prev = null;
  const out = ring.map(([lon, lat]) => {
    if (prev !== null && lon - prev > 180) off -= 360;
    if (prev !== null && prev - lon > 180) off += 360;
    prev = lon;
    return [lon + off, lat];
  });
  const min = Math.min(...out.map(p => p[0]));
  return min < -180 ? out.map(([lon, lat]) => [lon + 360, lat]) : out;
}
const crosses = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
for (const f of land.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    // A polygon across the antimeridian (Eurasia at Chukotka, Fiji) is
    // taken whole east of it and drawn twice, once a map's width to the
    // left; the image clips what falls outside. Antarctica, which runs
    // round the pole, is drawn as given.
    const across = crosses(poly[0]) && !poly[0].some(p => p[1] < -80);
    const rings = across ? poly.map(unwrap) : poly;
    for (const shift of across ? [0, -W] : [0]) {
      parts.push(rings.map(ring => ringPath(ring, shift)).join(''));
    }
  }
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<!-- Land outline: Natural Earth (public domain) via the world-atlas npm package; written by scripts/places/world.js -->
<g fill="#dfe3d8" fill-rule="evenodd" stroke="#b7bdb0" stroke-width="0.4">
${parts.map(d => `<path d="${d}"/>`).join('\n')}
</g>
</svg>
`;
fs.writeFileSync('internal/server/static/world.svg', svg);
console.error(`world.svg: ${parts.length} polygons, ${svg.length} bytes`);
