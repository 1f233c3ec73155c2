import * as ink from "/tmp/review-pkg45/inkasso-node.js";
const inv = [{ number: "1", amount: "1000.00", issueDate: "2025-01-02", dueDate: "2025-02-03", description: "Varor" }];
const show = (name, steps, extra={}) => { const c={debtor:"consumer", invoices:inv, steps, ...extra}; try { const f=ink.check(c); console.log(name, JSON.stringify(f.map(x=>[x.code,x.severity,x.step]))); } catch(e){ console.log(name,"THROW",e.code,e.message);} };
const R={kind:"reminder",date:"2025-02-10",paymentTermDays:10}, CD={kind:"collectionDemand",date:"2025-02-24",paymentTermDays:10};
show("FN0 only + PO next day", [{kind:"finalNotice",date:"2025-03-03",paymentTermDays:0},{kind:"paymentOrder",date:"2025-03-04"}]);
show("FN3 only + PO after deadline", [{kind:"finalNotice",date:"2025-03-03",paymentTermDays:3},{kind:"paymentOrder",date:"2025-03-07"}]);
show("R + FN0 + PO", [R,{kind:"finalNotice",date:"2025-03-03",paymentTermDays:0},{kind:"paymentOrder",date:"2025-03-04"}]);
show("R,CD,FN10, PO before FN deadline", [R,CD,{kind:"finalNotice",date:"2025-03-10",paymentTermDays:10},{kind:"paymentOrder",date:"2025-03-12"}]);
show("R,CD, FN before CD deadline", [R,CD,{kind:"finalNotice",date:"2025-02-26",paymentTermDays:5}]);
show("R, FN before R deadline", [R,{kind:"finalNotice",date:"2025-02-12",paymentTermDays:5}]);
show("R,CD,FN fee:true", [R,CD,{kind:"finalNotice",date:"2025-03-10",paymentTermDays:10, fee:true}]);
show("R,CD,FN fee:false", [R,CD,{kind:"finalNotice",date:"2025-03-10",paymentTermDays:10, fee:false}]);
show("FN before due", [{kind:"finalNotice",date:"2025-02-01",paymentTermDays:10}]);
show("FN0 only, then CD", [{kind:"finalNotice",date:"2025-03-03",paymentTermDays:0},{kind:"collectionDemand",date:"2025-03-10",paymentTermDays:10}]);
show("CD then FN with policy", [R,CD,{kind:"finalNotice",date:"2025-03-10",paymentTermDays:0}]);
// letter for finalNotice before CD deadline / before R deadline
for (const [name, steps, date] of [["before CD deadline",[R,CD],"2025-02-26"],["before R deadline",[R],"2025-02-12"],["same day as CD",[R,CD],"2025-02-24"]]) {
  try { const l=ink.letter({debtor:"consumer",invoices:inv,steps},{kind:"finalNotice",date,paymentTermDays:5}); console.log(name, l.deadline, JSON.stringify(l.warnings.map(w=>w.code))); } catch(e){console.log(name,"THROW",e.code);}
}
