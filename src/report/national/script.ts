/**
 * The dashboard's one script: sorting the heatmap by the total or an aspect, and filtering it by
 * group. Inline, allowed by its sha256 in the page's Content-Security-Policy (nothing else may
 * run). Without it the page is complete: the controls stay hidden and the rows are in rank order.
 */
import { createHash } from 'node:crypto';

export const SCRIPT = `(function(){
var t=document.getElementById('hm');if(!t)return;
var b=t.tBodies[0],s=document.getElementById('hm-sort'),g=document.getElementById('hm-group');
document.getElementById('hm-controls').hidden=false;
function v(r,k){var c=k<0?r:r.cells[k];var x=c.getAttribute('data-s');return x===null||x===''?-Infinity:+x}
function sort(){var k=+s.value,rows=Array.prototype.slice.call(b.rows);
rows.sort(function(x,y){var d=v(y,k)-v(x,k);return d>0?1:d<0?-1:(+x.getAttribute('data-i'))-(+y.getAttribute('data-i'))});
var f=document.createDocumentFragment();for(var i=0;i<rows.length;i++)f.appendChild(rows[i]);b.appendChild(f)}
function filter(){var x=g.value;for(var i=0;i<b.rows.length;i++){var r=b.rows[i];r.hidden=x!=='*'&&r.getAttribute('data-g')!==x}}
s.addEventListener('change',sort);if(g)g.addEventListener('change',filter);
})();`;

/** `'sha256-…'` of the script, for `script-src`. */
export const SCRIPT_HASH = `'sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}'`;
