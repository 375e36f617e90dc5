// Material for MkDocs bootstrap (partials/javascripts/base.html), as a file for the strict CSP.
__md_scope=new URL(document.currentScript.dataset.scope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
// Early, before the first paint: checker widgets keep their place while they bind (guide.css).
document.documentElement.classList.add("js");
// Material's instant navigation makes every relative href and src absolute
// when its bundle starts (`el.href = el.href`): for a stylesheet that is a
// reload, and the whole page is restyled then (~40 ms on loa/, four times
// that on a phone). Done here, before the page is styled, it costs nothing.
for (const link of document.querySelectorAll('link[rel="stylesheet"]')) link.href = link.href;
