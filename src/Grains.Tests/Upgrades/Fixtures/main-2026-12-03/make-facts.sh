set -e
cd "$(git rev-parse --show-toplevel)"
U=http://127.0.0.1:18080
T() { ./vg token --data-dir /tmp/ledger-fixture "$@"; }
C1A=$(T --role institution-admin --institution 12110000400686566Y --name "fixture-c1-admin")
C1S=$(T --role institution-staff --institution 12110000400686566Y --name "fixture-c1-staff")
C1V=$(T --role vendor --vendor 911100006336972074 --name "fixture-c1-vendor")
C2A=$(T --role institution-admin --institution 121100004006863122 --name "fixture-c2-admin")
C2V=$(T --role vendor --vendor 91110106MA01A51E7B --name "fixture-c2-vendor")
C1=$U/api/contracts/c1-childrens-internet-hospital-2016
C2=$U/api/contracts/c2-chaoyang-his-2026
p() { local tok=$1 url=$2 body=$3; echo "POST $url"; curl -sS -o /dev/stderr -w ' -> %{http_code}\n' -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' -d "$body" "$url"; echo; }
# C1: on-site start 12 days late (example 2), two seats vacant over Mid-Autumn (example 8), an evaluation, a vendor milestone
DUE=$(curl -sS -H "Authorization: Bearer $C1A" "$C1/obligations?asOf=2016-05-01&limit=200" | python3 -c "import json,sys; print([o['dueAt'] for o in json.load(sys.stdin) if o['id']=='c1-staff-onsite-start'][0])")
echo "c1 onsite due $DUE"
p "$C1A" $C1/events '{ "id": "onsite", "type": "obligation-met", "occurredAt": "2016-05-09T10:00:00+08:00", "obligationId": "c1-staff-onsite-start" }'
p "$C1S" $C1/events '{ "id": "v-open", "type": "vacancy-opened", "occurredAt": "2016-09-14T09:00:00+08:00", "role": "customer-service", "people": 2 }'
p "$C1S" $C1/events '{ "id": "v-fill", "type": "vacancy-filled", "occurredAt": "2016-09-22T09:00:00+08:00", "role": "customer-service", "people": 2 }'
p "$C1V" $C1/events '{ "id": "ops-plan", "type": "obligation-met", "occurredAt": "2016-04-20T10:00:00+08:00", "obligationId": "c1-annual-ops-plan" }'
p "$C1S" $C1/events '{ "id": "complaint-1", "type": "occurrence", "occurredAt": "2016-07-04T10:00:00+08:00", "clauseId": "c1-complaint-escalated", "count": 1 }'
p "$C1A" $C1/evaluations '{ "id": "eval-2016-06", "period": "2016-06", "evaluatedAt": "2016-07-05T10:00:00+08:00", "scores": { "management-rules": 8, "workflow": 25, "supervision": 20, "targets": 20 } }'
# (C1's late-service entry was already deemed confirmed: its 7-day claim window closed in 2016, so no confirm here.)
p "$C1A" $C1/ledger/c1-complaint-escalated:complaint-1/waive '{ "reason": "fixture: handled together" }'
# C2: go-live 5 days late (example 1), advance invoiced and paid, a confirmed penalty (example 9), a safety breach confirmed in range, an incident
p "$C2V" $C2/events '{ "id": "live", "type": "obligation-met", "occurredAt": "2026-03-27T10:00:00+08:00", "obligationId": "c2-go-live" }'
p "$C2A" $C2/events '{ "id": "inv-1", "type": "invoice-received", "occurredAt": "2026-02-10T10:00:00+08:00", "paymentId": "c2-pay-advance" }'
p "$C2A" $C2/events '{ "id": "pay-1", "type": "payment-made", "occurredAt": "2026-03-01T10:00:00+08:00", "paymentId": "c2-pay-advance", "amount": 737500 }'
p "$C2A" $C2/events '{ "id": "safety-1", "type": "occurrence", "occurredAt": "2026-05-06T10:00:00+08:00", "clauseId": "c2-safety-breach" }'
p "$C2V" $C2/events '{ "id": "reminder-1", "type": "payment-reminder-sent", "occurredAt": "2026-06-01T10:00:00+08:00", "paymentId": "c2-pay-advance" }'
p "$C2A" $C2/incidents '{ "id": "inc-1", "openedAt": "2026-06-03T09:00:00+08:00", "severity": "normal", "campus": "main", "summary": "挂号系统无法登录" }'
p "$C2V" $C2/incidents/inc-1/events '{ "type": "responded", "at": "2026-06-03T09:10:00+08:00" }'
p "$C2V" $C2/incidents/inc-1/events '{ "type": "restored", "at": "2026-06-03T09:50:00+08:00" }'
p "$C2A" $C2/ledger/c2-late-performance:c2-go-live/confirm '{}'
p "$C2A" "$C2/ledger/c2-safety-breach:safety-1/confirm" '{ "amount": 5000 }'
# The views as main answered them, kept in expected/ (platform-admin token):
PA=$(T --role platform-admin)
for c in c1-childrens-internet-hospital-2016 c2-chaoyang-his-2026; do
  curl -sS -H "Authorization: Bearer $PA" "$U/api/contracts/$c/ledger?asOf=2026-12-31" > expected/$c.ledger.json
  curl -sS -H "Authorization: Bearer $PA" "$U/api/contracts/$c/payments?asOf=2027-03-10&limit=200" > expected/$c.payments.json
  curl -sS -H "Authorization: Bearer $PA" "$U/api/contracts/$c/obligations?asOf=2026-12-31&limit=200" > expected/$c.obligations.json
done
