"""English texts of the checks and the widgets, keyed by reason code.

Placeholders are `str.format` fields. GOV.UK style: say what is wrong and what
to do; avoid "invalid", "please" and "sorry".
"""

MESSAGES: dict[str, str] = {
    # Number types (phonenumbers' names, lowercased).
    "type.fixed_line": "fixed-line (DID)",
    "type.mobile": "mobile",
    "type.fixed_line_or_mobile": "fixed-line or mobile",
    "type.toll_free": "toll-free",
    "type.premium_rate": "premium-rate",
    "type.shared_cost": "shared-cost",
    "type.voip": "VoIP",
    "type.personal_number": "personal",
    "type.pager": "pager",
    "type.uan": "non-geographic (UAN)",
    "type.voicemail": "voicemail access",
    "type.unknown": "unknown type",
    # Verdicts.
    "verdict.eligible": "Eligible",
    "verdict.verify": "Verify first",
    "verdict.not-portable-type": "Type not portable",
    "verdict.not-covered": "Country not covered",
    "verdict.other-region": "Other region",
    "verdict.invalid": "Not a valid number",
    "verdict.duplicate": "Duplicate",
    # Eligibility: why, then what to do next.
    "eligibility.portable-type": (
        "{country} {type} number: can be ported into Genesys Cloud Voice, subject to the carrier"
        " agreements (not guaranteed)."
    ),
    "eligibility.portable-type.next": "Include it in your porting request.",
    "eligibility.verify-type": (
        "{country} {type} number: support has to confirm that this type can be ported."
    ),
    "eligibility.verify-type.next": (
        "Send it to support for verification before you request the port."
    ),
    "eligibility.unconfirmed-country": (
        "{country} {type} number: this type is portable, but the country's coverage is not"
        " confirmed yet."
    ),
    "eligibility.unconfirmed-country.next": (
        "Send it to support for verification before you request the port."
    ),
    "eligibility.type-not-portable": (
        "{country} {type} number: only {portable} numbers can be ported in {country}."
    ),
    "eligibility.type-not-portable.next": (
        "Leave it out of the porting request; it stays with your current carrier."
    ),
    "eligibility.country-not-listed": (
        "{country} is in {area}, but not in this guide's list of covered countries."
    ),
    "eligibility.country-not-listed.next": (
        "Check the Genesys Cloud Voice global coverage article, or send the number to support"
        " for verification."
    ),
    "eligibility.north-america": (
        "{country} number (+1): numbers in North America follow a different porting process."
    ),
    "eligibility.north-america.next": "Use the North America process: Port DID numbers.",
    "eligibility.outside-regions": (
        "{country} is outside Europe, the Middle East, Africa and Latin America."
    ),
    "eligibility.outside-regions.next": (
        "Check the Genesys Cloud Voice global coverage article for the process in {country}."
    ),
    "eligibility.non-geographic": (
        "International non-geographic number (+{code}): it belongs to no country."
    ),
    "eligibility.non-geographic.next": "Ask support whether it can be ported.",
    "eligibility.not-a-number": "This is not a phone number.",
    "eligibility.not-a-number.next": (
        "Enter the number in digits, with + and the country code, for example +33 1 23 45 67 89."
    ),
    "eligibility.country-code-missing": "The country code is missing.",
    "eligibility.country-code-missing.next": (
        "Write the number with + and its country code, or choose the country of numbers"
        " written without one."
    ),
    "eligibility.unknown-country-code": "No country uses this country code.",
    "eligibility.unknown-country-code.next": "Check the digits after the + sign.",
    "eligibility.too-short": "This number has too few digits.",
    "eligibility.too-short.next": "Check that no digit is missing.",
    "eligibility.too-long": "This number has too many digits.",
    "eligibility.too-long.next": (
        "Check for extra digits, or two numbers run together: put each number on its own line."
    ),
    "eligibility.invalid-length": "No number in {country} has this many digits.",
    "eligibility.invalid-length.next": "Check the digits and the country code.",
    "eligibility.not-in-use": "This is not a number in {country}'s numbering plan.",
    "eligibility.not-in-use.next": "Check the digits and the country code.",
    "eligibility.duplicate-entry": "Same number as entry {first} ({e164}).",
    "eligibility.duplicate-entry.next": "It is counted once: remove the repeat from your list.",
    # Eligibility: input refused as a whole.
    "eligibility.input-too-large": (
        "The list is too long to check at once: {size} characters, the limit is {limit}."
    ),
    "eligibility.too-many-entries": (
        "The list has {size} entries; at most {limit} can be checked at once."
    ),
    "eligibility.refused.next": "Split the list and check it in parts, or send it to support.",
    "eligibility.unknown-default-country": "{code} is not a country code this guide knows.",
    # --- LOA checker (loa.*) ---
    # LOA fields: the form label, then the name inside a sentence.
    "loa.field.end_user_name": "End-user or company name",
    "loa.name.end_user_name": "end-user or company name",
    "loa.field.service_address": "Service address",
    "loa.name.service_address": "service address",
    "loa.field.billing_number": "Billing telephone number (BTN)",
    "loa.name.billing_number": "billing telephone number (BTN)",
    "loa.field.account_number": "Account number with the current carrier",
    "loa.name.account_number": "account number with the current carrier",
    "loa.field.pin": "PIN or passcode",
    "loa.name.pin": "PIN or passcode",
    "loa.field.carrier": "Current carrier",
    "loa.name.carrier": "name of the current carrier",
    "loa.field.signer_name": "Name of the person who signs",
    "loa.name.signer_name": "name of the person who signs",
    "loa.field.signer_title": "Job title of the person who signs",
    "loa.name.signer_title": "job title of the person who signs",
    "loa.field.signature_date": "Date of signature",
    "loa.name.signature_date": "date of signature",
    "loa.field.numbers": "Numbers to port",
    "loa.name.numbers": "numbers to port",
    "loa.field.rio": "RIO code",
    "loa.name.rio": "RIO code",
    "loa.field.secret_code": "Secret code (codice segreto)",
    "loa.name.secret_code": "secret code (codice segreto)",
    "loa.field.cvp_code": "CVP validation code",
    "loa.name.cvp_code": "CVP validation code",
    "loa.field.cnpj": "Company's CNPJ",
    "loa.name.cnpj": "company's CNPJ",
    "loa.status.required": "Required",
    "loa.status.typical": "Typical: peer providers ask for it",
    # LOA: how a field differs from the CSR.
    "loa.hint.case": "capital letters",
    "loa.hint.spacing": "spaces",
    "loa.hint.punctuation": "punctuation",
    "loa.hint.accents": "accents",
    "loa.hint.abbreviation": "an abbreviation (such as St. for Street, or Ltd for Limited)",
    "loa.hint.word-order": "the order of the words",
    "loa.hint.digits": "digits",
    "loa.hint.other": "wording",
    "loa.mismatch": (
        "{label} differs from the CSR only in {hints_text}. Write it exactly as the CSR has it:"
        " “{csr}”."
    ),
    "loa.mismatch.digits": (
        "{label} has different digits from the CSR. Write it exactly as the CSR has it: “{csr}”."
    ),
    "loa.mismatch.other": (
        "{label} is not the same as on the CSR. Write it exactly as the CSR has it: “{csr}”."
    ),
    # LOA: missing and unreadable values.
    "loa.missing": "Enter the {name}: every LOA needs it.",
    "loa.missing.csr": (
        "Enter the {name}: the CSR has one, so the LOA must show it, exactly as the CSR has it."
    ),
    "loa.missing.numbers": "List the numbers this LOA ports.",
    "loa.missing.numbers.csr": (
        "List the numbers this LOA ports: the CSR lists the numbers on the account."
    ),
    "loa.missing.entry-number": "Enter the phone number of entry {position} of the order.",
    "loa.missing.entry-location": (
        "Enter the location of {shown}: the order needs one LOA per location."
    ),
    "loa.missing.entry-carrier": (
        "Enter the current carrier of {shown}: the order needs one LOA per carrier."
    ),
    "loa.format.text.loa": "Enter the {name} as text.",
    "loa.format.text.csr": "Enter the CSR's {name} as text.",
    "loa.format.length": (
        "{label} must be {length} characters long, spaces not counted; this one has {count}."
        " Check it and enter it again."
    ),
    "loa.format.phone": "Enter the {name} as a phone number, for example {example}.",
    "loa.format.phone.csr": "Enter the CSR's {name} as a phone number, for example {example}.",
    "loa.format.date": "Enter the date of signature as year-month-day, for example {example}.",
    "loa.format.date.day-first": (
        "Enter the date of signature as year-month-day: {iso}, not {typed}."
    ),
    "loa.format.entry": (
        "Entry {position} of the order is not a number with its location and carrier. Give each"
        " entry a number, a location and a carrier."
    ),
    "loa.format.entry-number": "Enter the phone number as text.",
    "loa.format.entry-location": "Enter the location as text.",
    "loa.format.entry-carrier": "Enter the carrier as text.",
    "loa.format.number": (
        "{typed} is not a phone number. Enter it in digits, for example {example}."
    ),
    "loa.format.list.loa": "Give the {name} as a list, one number per entry.",
    "loa.format.list.csr": "Give the CSR's numbers as a list, one number per entry.",
    # LOA: the signature date.
    "loa.date-future": (
        "The date of signature, {date}, is in the future. Enter the date the LOA was signed."
    ),
    "loa.date-too-old.required": (
        "The LOA was signed on {date}, {days} days ago: it must be signed at most {limit} days"
        " before it is sent. Sign and date the LOA again."
    ),
    "loa.date-too-old.typical": (
        "The LOA was signed on {date}, {days} days ago: carriers typically accept an LOA signed at"
        " most {limit} days before it is sent. Sign and date the LOA again."
    ),
    # LOA: the numbers, the order and the CSR.
    "loa.mixed-group": (
        "This LOA lists numbers of {count} different locations or carriers: {pairs}. Prepare one"
        " LOA for each, with only its numbers."
    ),
    "loa.pair": "{location} with {carrier}",
    "loa.pair.no-location": "no location given",
    "loa.pair.no-carrier": "no carrier given",
    "loa.entry": "entry {position}",
    "loa.duplicate": (
        "{shown} is already in the order at entry {first}, for {pair}. Keep one entry, with the"
        " right location and carrier."
    ),
    "loa.not-in-order": (
        "{shown} is on the LOA but not in the order. Add it to the order with its location and"
        " carrier, or take it off the LOA."
    ),
    "loa.not-on-csr": (
        "{shown} is on the LOA but not on the CSR. Check that it belongs to this account and"
        " location; if it does not, take it off this LOA."
    ),
    "loa.not-on-loa": (
        "{shown} is in the order for {pair}, but not on this LOA. Add it: the LOA for a location"
        " and carrier lists all its numbers."
    ),
    "loa.left-on-account": (
        "{shown} is on the CSR but not on this LOA, so it stays with {carrier}, on the same"
        " account, after the port. To port it too, add it to the LOA; to leave it, tell {carrier}"
        " whether to keep it or disconnect it."
    ),
    "loa.left-on-account.in-order": (
        "{shown} is in the order but not on this LOA, so it would stay with {carrier} after the"
        " port. Add it to the LOA."
    ),
    "loa.carrier.unknown": "your current carrier",
    "loa.separate.geographic": "Geographic numbers",
    "loa.separate.toll-free": "Toll-free numbers",
    "loa.separate.non-geographic": "Non-geographic numbers (03, 08)",
    "loa.separate.other": "Other numbers",
    # LOA: input refused as a whole.
    "loa.refused.not-an-object": (
        "The input is not a JSON object. Give an object with country, numbers, loa and, if you"
        " have it, csr."
    ),
    "loa.refused.country-missing": (
        "country is missing or is not text. Give the ISO code of the numbers' country, for"
        " example FR."
    ),
    "loa.refused.unknown-country": (
        "country: {code} is not a country code this guide knows. Give the ISO code of the"
        " numbers' country, for example FR."
    ),
    "loa.refused.loa-missing": "loa is missing. Give the LOA's fields as an object.",
    "loa.refused.not-a-mapping": (
        "{key} is not an object. Give its fields as an object, with the field names as keys."
    ),
    "loa.refused.not-a-list": (
        "numbers is neither a list nor a pasted order. Give one entry per number of the"
        " order, each with number, location and carrier, or the order as text."
    ),
    "loa.refused.too-many-numbers": (
        "{key} has {size} numbers; at most {limit} can be checked at once. Check the order one"
        " location at a time."
    ),
    # LOA: command line.
    "loa.cli.problems": "Problems found: {count}",
    "loa.cli.no-problems": "No problems found.",
    "loa.cli.col.path": "Field",
    "loa.cli.col.code": "Problem",
    "loa.cli.col.message": "What to do",
    "loa.cli.groups": "LOAs to prepare: {count}",
    "loa.cli.group": "{position}. {pair}: {numbers}",
    "loa.cli.this-loa": "{position}. {pair} (this LOA): {numbers}",
    "loa.cli.part": "   {label}: {numbers}",
    # LOA: the widget (ui.loa.*).
    "ui.loa.country.label": "Country of the numbers",
    "ui.loa.country.hint": "The fields an LOA needs, and its rules, depend on the country.",
    "ui.loa.country.none": "Choose a country",
    "ui.loa.country.missing": "Choose the country of the numbers.",
    "ui.loa.order.label": "Your order: each number with its location and current carrier",
    "ui.loa.order.hint": (
        "One number per line, then its location and its current carrier, separated by tabs (as"
        " copied from a spreadsheet), semicolons or commas. A heading row is skipped. Up to"
        " {limit} numbers."
    ),
    "ui.loa.order.example": "020 7946 0000; London, Baker Street; BT",
    "ui.loa.too-many": (
        "{what} has {size} numbers; at most {limit} can be checked at once. Check the order one"
        " location at a time."
    ),
    "ui.loa.too-many.order": "Your order",
    "ui.loa.too-many.loa": "The LOA's list of numbers",
    "ui.loa.too-many.csr": "The CSR's list of numbers",
    "ui.loa.form.title": "The LOA, and the carrier's record",
    "ui.loa.form.hint": (
        "Copy each detail from the LOA as you filled it in. If you have the carrier's Customer"
        " Service Record (CSR), copy its details beside them: the checker compares the two"
        " exactly."
    ),
    "ui.loa.col.loa": "On your LOA",
    "ui.loa.col.csr": "On the carrier's CSR (optional)",
    "ui.loa.csr.label": "On the CSR",
    "ui.loa.csr.none": "Not on the CSR",
    "ui.loa.hint.service_address": "Street, number, postcode and town.",
    "ui.loa.hint.billing_number": "The main number of the account.",
    "ui.loa.hint.pin": "Only if your carrier uses one.",
    "ui.loa.hint.signature_date": "Year-month-day, for example 2026-11-30.",
    "ui.loa.hint.numbers": "The numbers this LOA lists, one per line.",
    "ui.loa.hint.csr.numbers": "Every number on the account at this location, one per line.",
    "ui.loa.hint.rio": "Call 3179 from the line to get it.",
    "ui.loa.hint.length": "{length} characters, spaces not counted.",
    "ui.loa.submit": "Check the LOA",
    "ui.loa.save": "Save in this browser",
    "ui.loa.clear": "Clear",
    "ui.loa.saved": (
        "Saved in this browser only, on this device. Use Clear to remove it from the browser."
    ),
    "ui.loa.restored": (
        "The form is filled in with what you saved in this browser on {date}. Use Clear to remove"
        " it."
    ),
    "ui.loa.save.failed": "This browser does not allow saving ({error}). Nothing was saved.",
    "ui.loa.cleared": "The form is empty, and nothing is saved in this browser.",
    "ui.loa.summary.title": "There is a problem",
    "ui.loa.checking": "Checking the LOA…",
    "ui.loa.done.none": "Checked: no problems found.",
    "ui.loa.done.one": "Checked: 1 problem found.",
    "ui.loa.done.many": "Checked: {count} problems found.",
    "ui.loa.no-problems": (
        "No problems found: every field is filled in and matches the CSR exactly. Send the LOA"
        " with the checklist below."
    ),
    "ui.loa.no-problems.no-csr": (
        "No problems found in what you entered. Without the CSR, the LOA could not be compared"
        " with what your carrier has on record: ask your carrier for its Customer Service Record"
        " and check again."
    ),
    "ui.loa.failed": (
        "The checker could not run: {reason} What you typed is still in the form: send the LOA"
        " and the CSR to support instead, and ask them to compare them."
    ),
    "ui.loa.diff.title": "Where the LOA and the CSR differ",
    "ui.loa.diff.loa": "On your LOA",
    "ui.loa.diff.csr": "On the CSR",
    "ui.loa.diff.elided": " … {count} characters not shown … ",
    "ui.loa.groups.title": "LOAs to prepare",
    "ui.loa.groups.intro": (
        "One LOA for each location and each current carrier, listing only its numbers:"
    ),
    "ui.loa.groups.none": (
        "Enter your order, each number with its location and carrier, to see the LOAs to prepare."
    ),
    "ui.loa.groups.this": "the LOA you checked",
    "ui.loa.groups.count.one": "1 number",
    "ui.loa.groups.count.many": "{count} numbers",
    "ui.loa.groups.separate": "Carriers typically ask for separate LOAs for these numbers:",
    "ui.loa.checklist.title": "Checklist: what to send to support",
    "ui.loa.checklist.intro": "To send to support ({country}):",
    "ui.loa.checklist.problems.one": "Fix the problem above and check the LOA again.",
    "ui.loa.checklist.problems.many": "Fix the {count} problems above and check the LOA again.",
    "ui.loa.checklist.form": "The Genesys Cloud Voice Number Porting form, filled in.",
    "ui.loa.checklist.loa": "An LOA for {pair}, listing {count}:",
    "ui.loa.checklist.loa.none": (
        "One LOA per location and per current carrier (enter your order to list them)."
    ),
    "ui.loa.checklist.age": "Every LOA signed at most {days} days before you send it ({status}).",
    "ui.loa.checklist.print": "Print checklist",
    "ui.loa.status.required": "required",
    "ui.loa.status.typical": "typical",
    "ui.loa.badge.required": "Required",
    "ui.loa.badge.typical": "Typical",
    "ui.loa.rules.everywhere": "Every LOA",
    "ui.loa.rules.fields": "Fields:",
    "ui.loa.rules.also": "Also on the LOA:",
    "ui.loa.rule.age": "Signed at most {days} days before it is sent.",
    "ui.loa.rule.separate": "Separate LOAs: {parts}.",
    # --- Timeline planner (timeline.*) ---
    # Timeline planner page and widget (ui.timeline.*).
    "ui.timeline.received.label": "When your request email arrives",
    "ui.timeline.received.hint": (
        "Year-month-day and time in your time zone, for example 2026-12-04T16:30. It starts"
        " as the time now. If the clocks go back that night and the time happens twice, add"
        " its UTC offset, for example 2026-10-25T02:30+02:00: an offset wins over the time zone."
    ),
    "ui.timeline.picker.label": "Or choose the date and time in a calendar",
    "ui.timeline.tz.label": "Your time zone",
    "ui.timeline.tz.hint": (
        "A time zone name such as Europe/Madrid, America/Sao_Paulo or Africa/Johannesburg. It"
        " starts as this browser's zone. The plan shows each time in this zone and in US"
        " Eastern time."
    ),
    "ui.timeline.tz.other": "Other",
    "ui.timeline.forwarding.label": (
        "I will forward calls to numbers from Genesys Cloud Voice while the port is in progress"
    ),
    "ui.timeline.forwarding.hint": "Optional: the plan then includes setting up and removing it.",
    "ui.timeline.sms.legend": "SMS on the numbers you are porting",
    "ui.timeline.sms.port": "Port the SMS service along with voice",
    "ui.timeline.sms.keep": "Keep the SMS service with the current carrier",
    "ui.timeline.sms.none": "No SMS service, or it does not matter",
    "ui.timeline.submit": "Plan the timeline",
    "ui.timeline.loading": "Loading the planner ({step} of {steps}: {what})…",
    "ui.timeline.loading.runtime": "Python runtime",
    "ui.timeline.loading.packages": "time zone rules",
    "ui.timeline.loading.data": "support calendar",
    "ui.timeline.ready": "The planner is ready. Nothing you enter leaves this page.",
    "ui.timeline.planning": "Planning…",
    "ui.timeline.planned": "Your plan is ready: {count} steps, listed below.",
    "ui.timeline.problems": "The plan could not be made: {count} to correct, shown by the fields.",
    "ui.timeline.summary.title": "There is a problem",
    "ui.timeline.failed": (
        "The planner could not run: {reason} What you entered is still in the form; the rule"
        " below shows how to work the dates out yourself."
    ),
    "ui.timeline.results.title": "Your timeline",
    "ui.timeline.at.local": "Your time ({zone})",
    "ui.timeline.at.eastern": "US Eastern time (support)",
    "ui.timeline.no-time": "No fixed time: after “{after}”.",
    "ui.timeline.chart.title": "The same plan as a chart",
    "ui.timeline.chart.label": (
        "Chart of the dated steps over the days after your request arrives. The list above"
        " gives the same information."
    ),
    "ui.timeline.chart.axis": "Days after your request arrives",
    "ui.timeline.chart.row": "{title}: {moment}",
    "ui.timeline.ics": "Add to calendar",
    "ui.timeline.ics.hint": (
        "Downloads a calendar file (.ics) with one event for each step that has a date; your"
        " own steps have none."
    ),
    "ui.timeline.ics.done": "Calendar file downloaded: open it to add the events.",
    "ui.timeline.link": "Link to this plan",
    "ui.timeline.link.hint": (
        "Bookmark or share it to open the planner with the same answers. It holds only what"
        " you entered above."
    ),
    "ui.timeline.link.bad": (
        "This link cannot be used to plan: {reason}. Nothing was planned. Enter the date and"
        " time below, or ask for a new link."
    ),
    "ui.timeline.link.reason.damaged": "it is damaged or too long",
    "ui.timeline.link.reason.unknown": "it has a part the planner does not use",
    "ui.timeline.link.reason.repeated": "it gives the same part twice",
    "ui.timeline.link.reason.received": "it has no date and time in the form 2026-12-04T16:30",
    "ui.timeline.link.reason.tz": "it has no time zone name such as Europe/Madrid",
    "ui.timeline.link.reason.sms": "its SMS choice is not port, keep or none",
    "ui.timeline.link.reason.forwarding": "its forwarding choice is not 1 or 0",
    # The rule, on the timeline page, with every number from data/coverage.yaml.
    "ui.timeline.rule.received": (
        "the moment your request email arrives. A support ticket is opened automatically"
        " at that moment."
    ),
    "ui.timeline.rule.picked-up": (
        "the first moment at or after that when support is at work: {days}, from {opens}"
        " (included) to {closes} (not included), Eastern time. A request that arrives at"
        " {closes} or later waits for the next working day at {opens}."
    ),
    "ui.timeline.rule.processed-by": (
        "{hours} hours after support picks the request up, counted in real elapsed hours. If"
        " that moment falls outside support's hours, the deadline moves to the next moment"
        " support is at work."
    ),
    "ui.timeline.rule.port-date-confirmed-by": (
        "{days} calendar days after your request arrives, weekends included, at the same time"
        " of day in Eastern time: confirming the exact port date can take that long."
    ),
    "ui.timeline.rule.customer": (
        "Your own part (call forwarding, SMS) has no fixed time. The plan lists it in order,"
        " with the step it follows."
    ),
    "ui.timeline.rule.eastern": (
        "Eastern time means {standard} ({standard_offset}) or {daylight} ({daylight_offset}),"
        " whichever is in force in {city} on the day; the source page writes “EST” for both."
    ),
    "ui.timeline.rule.eastern.fixed": "Eastern time means {standard} ({standard_offset}) all year.",
    "ui.timeline.rule.clocks": (
        "The United States and Europe change their clocks on different Sundays, and many zones,"
        " such as Johannesburg, Dubai and São Paulo, do not change them at all. So the gap"
        " between your time and Eastern time can differ by an hour from one week to the next:"
        " the planner works it out for the exact dates, with the IANA time zone database,"
        " release {release}."
    ),
    "ui.timeline.rule.holidays.none": (
        "Public holidays are not accounted for: no closure dates are listed, so a US holiday"
        " counts here as a working day. Support may take longer around holidays."
    ),
    "ui.timeline.rule.holidays.listed": (
        "Public holidays are not accounted for unless they are listed as closure dates. Listed:"
        " {dates}."
    ),
    "timeline.title.received": "Request received",
    "timeline.title.picked-up": "Support picks up your request",
    "timeline.title.processed-by": "Request processed by",
    "timeline.title.port-date-confirmed-by": "Port date confirmed by",
    "timeline.title.forwarding-setup": "Set up call forwarding (optional)",
    "timeline.title.sms-reply-all": "Ask for your SMS service to be ported",
    "timeline.title.forwarding-removal": "Remove call forwarding",
    "timeline.title.sms-reconnect": "Ask your carrier to reconnect SMS",
    "timeline.received.arrival": (
        "Your request arrives {local} ({eastern}), and a support ticket is created at once."
    ),
    "timeline.received.arrival.eastern": (
        "Your request arrives {eastern}, and a support ticket is created at once."
    ),
    "timeline.picked-up.during-hours": (
        "Your request arrives {arrival}, during business hours, so support picks it up then."
    ),
    "timeline.picked-up.before-opening": (
        "Your request arrives {arrival}, before support opens at {opens}, so support picks it"
        " up {pickup}."
    ),
    "timeline.picked-up.after-hours": (
        "Your request arrives {arrival}, after hours, so support picks it up {pickup}."
    ),
    "timeline.picked-up.non-working-day": (
        "Your request arrives {arrival}, outside support's working days ({days}), so support"
        " picks it up {pickup}."
    ),
    "timeline.picked-up.closed-day": (
        "Your request arrives {arrival}, on a day support is closed, so support picks it up"
        " {pickup}."
    ),
    "timeline.closed-on": "Support is closed on {dates}.",
    "timeline.processed-by.within-hours": (
        "Support processes your request within {hours} hours of picking it up: by {deadline}."
    ),
    "timeline.processed-by.moved": (
        "Support processes your request within {hours} hours of picking it up. {hours} hours"
        " after pick-up is {raw}, outside business hours, so the deadline moves to {deadline}."
    ),
    "timeline.port-date-confirmed-by.calendar-days": (
        "Confirming the exact port date can take up to {days} days: by {deadline}, {days}"
        " calendar days after your request arrived, at the same time of day in Eastern time."
    ),
    "timeline.port-date-confirmed-by.gap": (
        "The clocks go forward that day and {wall} does not exist in Eastern time, so the"
        " deadline is {time}."
    ),
    "timeline.port-date-confirmed-by.fold": (
        "The clocks go back that day and {wall} happens twice in Eastern time: the deadline is"
        " the first {wall}."
    ),
    "timeline.forwarding-setup.customer-action": (
        "Optional. Once you have provisioned numbers from Genesys Cloud Voice, ask your carrier"
        " to forward the numbers you are porting to those numbers, so calls reach you while the"
        " port is in progress. There is no fixed time: do it before the port date, which is"
        " confirmed by {confirmed}."
    ),
    "timeline.sms-reply-all.customer-action": (
        "To port your SMS service with voice: when you answer the port submission confirmation"
        " email, use Reply All and add a note saying that you want your SMS service ported"
        " along with voice. There is no fixed time: do it once you have started the porting"
        " process."
    ),
    "timeline.forwarding-removal.customer-action": (
        "When the porting process is complete, on the port date (confirmed by {confirmed}),"
        " ask your carrier to unassign and disconnect the forwarding."
    ),
    "timeline.sms-reconnect.customer-action": (
        "Your SMS service stays with your current carrier, but the port will likely disrupt"
        " it. When the voice port is complete, on the port date (confirmed by {confirmed}),"
        " ask your carrier to reconnect the SMS service to your numbers."
    ),
    # Timeline: dates and times in sentences.
    "timeline.moment": "{weekday} {day} {month} {time} {zone}",
    "timeline.moment.full": "{weekday} {day} {month} {year}, {time} {zone}",
    "timeline.date": "{weekday} {day} {month} {year}",
    "timeline.day": "{weekday} {day} {month}",
    "timeline.utc-offset": "UTC{offset}",
    "timeline.list": "{items} and {last}",
    "timeline.day-range": "{first} to {last}",
    "timeline.weekday.mon": "Monday",
    "timeline.weekday.tue": "Tuesday",
    "timeline.weekday.wed": "Wednesday",
    "timeline.weekday.thu": "Thursday",
    "timeline.weekday.fri": "Friday",
    "timeline.weekday.sat": "Saturday",
    "timeline.weekday.sun": "Sunday",
    "timeline.month.1": "January",
    "timeline.month.2": "February",
    "timeline.month.3": "March",
    "timeline.month.4": "April",
    "timeline.month.5": "May",
    "timeline.month.6": "June",
    "timeline.month.7": "July",
    "timeline.month.8": "August",
    "timeline.month.9": "September",
    "timeline.month.10": "October",
    "timeline.month.11": "November",
    "timeline.month.12": "December",
    # Timeline: problems with the input, by field.
    "timeline.problem.received-missing": (
        "Enter the date and time your request arrives, for example 2026-12-04T16:30."
    ),
    "timeline.problem.received-format": (
        "Enter the date and time as year-month-day and hours:minutes, for example"
        " 2026-12-04T16:30, optionally with a UTC offset such as +01:00."
    ),
    "timeline.problem.impossible-date": "The date must be a real date: check the day and month.",
    "timeline.problem.impossible-time": "The time must be a real time, from 00:00 to 23:59.",
    "timeline.problem.impossible-offset": (
        "The UTC offset must be a real offset, from -23:59 to +23:59, for example +01:00."
    ),
    "timeline.problem.out-of-range": "The date must be between the years {min} and {max}.",
    "timeline.problem.zone-missing": (
        "Enter the time zone of the date and time, for example Europe/Madrid, or add a UTC"
        " offset to the time, for example 2026-12-04T16:30+01:00."
    ),
    "timeline.problem.unknown-zone": (
        "There is no time zone called {zone}. Enter a time zone name such as Europe/Madrid,"
        " America/Sao_Paulo or Africa/Johannesburg."
    ),
    "timeline.problem.unknown-display-zone": (
        "There is no time zone called {zone} to show the times in. Enter a time zone name such"
        " as Europe/Madrid, America/Sao_Paulo or Africa/Johannesburg."
    ),
    "timeline.problem.nonexistent-time": (
        "{time} on {date} does not exist in {zone}: the clocks go forward from {start} to"
        " {end}. Enter a time before {start} or from {end}."
    ),
    "timeline.problem.ambiguous-time": (
        "{time} on {date} happens twice in {zone}, because the clocks go back. Add the UTC"
        " offset to say which: {first} for the first time, {second} for the second."
    ),
    "timeline.problem.unknown-sms": "Select what happens to your SMS service: port, keep or none.",
    # Timeline: command line.
    "timeline.cli.local": "{moment} ({zone})",
    "timeline.cli.eastern": "{moment} (Eastern time)",
    "timeline.cli.no-time": "No fixed time: after “{after}”",
    # Widget texts.
    "ui.numbers.label": "Phone numbers",
    "ui.numbers.hint": (
        "One number per line, or separated by commas, semicolons or tabs, as copied from a"
        " spreadsheet. Up to {limit} numbers."
    ),
    "ui.country.label": "Country of numbers written without a country code (optional)",
    "ui.country.none": "None: every number starts with + or 00",
    "ui.submit": "Check numbers",
    "ui.loading": "Loading the checker ({step} of {steps}: {what})…",
    "ui.loading.runtime": "Python runtime",
    "ui.loading.packages": "phone number rules",
    "ui.loading.data": "coverage data",
    "ui.ready": "The checker is ready. Nothing you type leaves this page.",
    "ui.checking": "Checking {count} entries…",
    "ui.checking.progress": "Checking… {done} of {total} entries done.",
    "ui.pages.label": "Pages of results",
    "ui.pages.previous": "Previous rows",
    "ui.pages.next": "Next rows",
    "ui.pages.where": "Rows {from} to {to} of {total}. The CSV file has every row.",
    "ui.summary": "{count} entries checked:",
    "ui.empty": "Enter at least one phone number.",
    "ui.failed": (
        "The checker could not run: {reason} Your list is still in the box: send it to support"
        " by email instead, as below."
    ),
    # Why a checker cannot run (docs/assets/js/runtime.mjs, worker.mjs: the reason codes).
    "runtime.blocked": (
        "This browser does not allow WebAssembly, which the checker needs; some organisations"
        " turn it off."
    ),
    "runtime.missing": "A file it needs is missing from this site.",
    "runtime.network": (
        "A file it needs could not be downloaded; a proxy or firewall may be blocking it."
    ),
    "runtime.stalled": "A file it needs stopped downloading.",
    "runtime.memory": "The browser did not give it enough memory; closing other tabs may help.",
    "runtime.crashed": "It stopped unexpectedly.",
    "runtime.unresponsive": "It stopped responding.",
    "runtime.unsupported": "This browser cannot run it: it has no Web Workers.",
    "runtime.file": "(File: {file}.)",
    "ui.manual.link.eligibility": "How to send your list to support",
    "ui.manual.link.loa": "How to send the forms to support",
    "ui.manual.link.timeline": "How to work the dates out yourself",
    "ui.manual.retry": "Try again",
    "ui.manual.detail": "Detail for support: {error}",
    "ui.manual.email.eligibility": (
        "Porting: please verify these numbers\n\nHello,\n\nPlease verify whether the numbers"
        " below can be ported into Genesys Cloud Voice. The porting guide's checker could not"
        " run in my browser.\n\n{text}\n\nThank you."
    ),
    "ui.manual.email.loa": (
        "Porting: please compare my LOA with my carrier's records\n\nHello,\n\nPlease compare"
        " the LOA details below with my carrier's Customer Service Record (CSR). The porting"
        " guide's checker could not run in my browser.\n\n{text}\n\nThank you."
    ),
    "ui.col.input": "As typed",
    "ui.col.e164": "Normalised",
    "ui.col.region": "Country",
    "ui.col.type": "Type",
    "ui.col.verdict": "Result",
    "ui.col.message": "Why",
    "ui.col.next": "What to do next",
    "ui.download.csv": "Download CSV",
    "ui.copy.email": "Copy email text for support",
    "ui.copied": "Copied to the clipboard.",
    "ui.copy.failed": "Could not copy: select the text below and copy it.",
    "ui.file.label": "Or read the numbers from a file (CSV or text)",
    "ui.file.too-large": "The file is {size} bytes; files up to {limit} bytes can be read here.",
    "ui.file.read": "Read {name} into the box above. Check it, then choose Check numbers.",
    "ui.file.failed": "The file could not be read ({error}).",
    "ui.share.copy": "Copy link to this check",
    "ui.share.clear": "Remove the link from the address bar",
    "ui.share.copied": (
        "Link copied. Your inputs are after the # sign of the link, a part that browsers never"
        " send to a server."
    ),
    "ui.share.cleared": "The link to this check is no longer in the address bar.",
    "ui.share.bad": "This link to a check could not be used ({error}), so nothing was run.",
    # Why (docs/assets/js/share.mjs: the reason codes).
    "ui.share.reason.too-long": "the link is too long",
    "ui.share.reason.damaged": "the link is damaged",
    "ui.share.reason.unknown-part": "the link has an unknown part, “{key}”",
    "ui.share.reason.repeated": "the link repeats “{key}”",
    "ui.share.reason.value-too-long": "“{key}” is too long",
    "ui.share.reason.value-form": "“{key}” is not in the expected form",
    "ui.share.reason.unknown-country": "the country is not one this checker knows",
    "ui.email.subject": "Porting: verification of {count} numbers",
    "ui.email.body": (
        "Hello,\n\nPlease verify whether the numbers below can be ported into Genesys Cloud"
        " Voice. The list was checked with the porting guide's eligibility checker.\n\n{table}\n\n"
        "Thank you."
    ),
    # Country names (CLDR, via babel 2.19). Keys are phonenumbers' region codes.
    "country.AC": "Ascension Island",
    "country.AD": "Andorra",
    "country.AE": "United Arab Emirates",
    "country.AF": "Afghanistan",
    "country.AG": "Antigua & Barbuda",
    "country.AI": "Anguilla",
    "country.AL": "Albania",
    "country.AM": "Armenia",
    "country.AO": "Angola",
    "country.AR": "Argentina",
    "country.AS": "American Samoa",
    "country.AT": "Austria",
    "country.AU": "Australia",
    "country.AW": "Aruba",
    "country.AX": "Åland Islands",
    "country.AZ": "Azerbaijan",
    "country.BA": "Bosnia & Herzegovina",
    "country.BB": "Barbados",
    "country.BD": "Bangladesh",
    "country.BE": "Belgium",
    "country.BF": "Burkina Faso",
    "country.BG": "Bulgaria",
    "country.BH": "Bahrain",
    "country.BI": "Burundi",
    "country.BJ": "Benin",
    "country.BL": "St. Barthélemy",
    "country.BM": "Bermuda",
    "country.BN": "Brunei",
    "country.BO": "Bolivia",
    "country.BQ": "Caribbean Netherlands",
    "country.BR": "Brazil",
    "country.BS": "Bahamas",
    "country.BT": "Bhutan",
    "country.BW": "Botswana",
    "country.BY": "Belarus",
    "country.BZ": "Belize",
    "country.CA": "Canada",
    "country.CC": "Cocos (Keeling) Islands",
    "country.CD": "Congo - Kinshasa",
    "country.CF": "Central African Republic",
    "country.CG": "Congo - Brazzaville",
    "country.CH": "Switzerland",
    "country.CI": "Côte d’Ivoire",
    "country.CK": "Cook Islands",
    "country.CL": "Chile",
    "country.CM": "Cameroon",
    "country.CN": "China",
    "country.CO": "Colombia",
    "country.CR": "Costa Rica",
    "country.CU": "Cuba",
    "country.CV": "Cape Verde",
    "country.CW": "Curaçao",
    "country.CX": "Christmas Island",
    "country.CY": "Cyprus",
    "country.CZ": "Czechia",
    "country.DE": "Germany",
    "country.DJ": "Djibouti",
    "country.DK": "Denmark",
    "country.DM": "Dominica",
    "country.DO": "Dominican Republic",
    "country.DZ": "Algeria",
    "country.EC": "Ecuador",
    "country.EE": "Estonia",
    "country.EG": "Egypt",
    "country.EH": "Western Sahara",
    "country.ER": "Eritrea",
    "country.ES": "Spain",
    "country.ET": "Ethiopia",
    "country.FI": "Finland",
    "country.FJ": "Fiji",
    "country.FK": "Falkland Islands",
    "country.FM": "Micronesia",
    "country.FO": "Faroe Islands",
    "country.FR": "France",
    "country.GA": "Gabon",
    "country.GB": "United Kingdom",
    "country.GD": "Grenada",
    "country.GE": "Georgia",
    "country.GF": "French Guiana",
    "country.GG": "Guernsey",
    "country.GH": "Ghana",
    "country.GI": "Gibraltar",
    "country.GL": "Greenland",
    "country.GM": "Gambia",
    "country.GN": "Guinea",
    "country.GP": "Guadeloupe",
    "country.GQ": "Equatorial Guinea",
    "country.GR": "Greece",
    "country.GT": "Guatemala",
    "country.GU": "Guam",
    "country.GW": "Guinea-Bissau",
    "country.GY": "Guyana",
    "country.HK": "Hong Kong SAR China",
    "country.HN": "Honduras",
    "country.HR": "Croatia",
    "country.HT": "Haiti",
    "country.HU": "Hungary",
    "country.ID": "Indonesia",
    "country.IE": "Ireland",
    "country.IL": "Israel",
    "country.IM": "Isle of Man",
    "country.IN": "India",
    "country.IO": "British Indian Ocean Territory",
    "country.IQ": "Iraq",
    "country.IR": "Iran",
    "country.IS": "Iceland",
    "country.IT": "Italy",
    "country.JE": "Jersey",
    "country.JM": "Jamaica",
    "country.JO": "Jordan",
    "country.JP": "Japan",
    "country.KE": "Kenya",
    "country.KG": "Kyrgyzstan",
    "country.KH": "Cambodia",
    "country.KI": "Kiribati",
    "country.KM": "Comoros",
    "country.KN": "St. Kitts & Nevis",
    "country.KP": "North Korea",
    "country.KR": "South Korea",
    "country.KW": "Kuwait",
    "country.KY": "Cayman Islands",
    "country.KZ": "Kazakhstan",
    "country.LA": "Laos",
    "country.LB": "Lebanon",
    "country.LC": "St. Lucia",
    "country.LI": "Liechtenstein",
    "country.LK": "Sri Lanka",
    "country.LR": "Liberia",
    "country.LS": "Lesotho",
    "country.LT": "Lithuania",
    "country.LU": "Luxembourg",
    "country.LV": "Latvia",
    "country.LY": "Libya",
    "country.MA": "Morocco",
    "country.MC": "Monaco",
    "country.MD": "Moldova",
    "country.ME": "Montenegro",
    "country.MF": "St. Martin",
    "country.MG": "Madagascar",
    "country.MH": "Marshall Islands",
    "country.MK": "North Macedonia",
    "country.ML": "Mali",
    "country.MM": "Myanmar (Burma)",
    "country.MN": "Mongolia",
    "country.MO": "Macao SAR China",
    "country.MP": "Northern Mariana Islands",
    "country.MQ": "Martinique",
    "country.MR": "Mauritania",
    "country.MS": "Montserrat",
    "country.MT": "Malta",
    "country.MU": "Mauritius",
    "country.MV": "Maldives",
    "country.MW": "Malawi",
    "country.MX": "Mexico",
    "country.MY": "Malaysia",
    "country.MZ": "Mozambique",
    "country.NA": "Namibia",
    "country.NC": "New Caledonia",
    "country.NE": "Niger",
    "country.NF": "Norfolk Island",
    "country.NG": "Nigeria",
    "country.NI": "Nicaragua",
    "country.NL": "Netherlands",
    "country.NO": "Norway",
    "country.NP": "Nepal",
    "country.NR": "Nauru",
    "country.NU": "Niue",
    "country.NZ": "New Zealand",
    "country.OM": "Oman",
    "country.PA": "Panama",
    "country.PE": "Peru",
    "country.PF": "French Polynesia",
    "country.PG": "Papua New Guinea",
    "country.PH": "Philippines",
    "country.PK": "Pakistan",
    "country.PL": "Poland",
    "country.PM": "St. Pierre & Miquelon",
    "country.PR": "Puerto Rico",
    "country.PS": "Palestinian Territories",
    "country.PT": "Portugal",
    "country.PW": "Palau",
    "country.PY": "Paraguay",
    "country.QA": "Qatar",
    "country.RE": "Réunion",
    "country.RO": "Romania",
    "country.RS": "Serbia",
    "country.RU": "Russia",
    "country.RW": "Rwanda",
    "country.SA": "Saudi Arabia",
    "country.SB": "Solomon Islands",
    "country.SC": "Seychelles",
    "country.SD": "Sudan",
    "country.SE": "Sweden",
    "country.SG": "Singapore",
    "country.SH": "St. Helena, Ascension & Tristan da Cunha",
    "country.SI": "Slovenia",
    "country.SJ": "Svalbard & Jan Mayen",
    "country.SK": "Slovakia",
    "country.SL": "Sierra Leone",
    "country.SM": "San Marino",
    "country.SN": "Senegal",
    "country.SO": "Somalia",
    "country.SR": "Suriname",
    "country.SS": "South Sudan",
    "country.ST": "São Tomé & Príncipe",
    "country.SV": "El Salvador",
    "country.SX": "Sint Maarten",
    "country.SY": "Syria",
    "country.SZ": "Eswatini",
    "country.TA": "Tristan da Cunha",
    "country.TC": "Turks & Caicos Islands",
    "country.TD": "Chad",
    "country.TG": "Togo",
    "country.TH": "Thailand",
    "country.TJ": "Tajikistan",
    "country.TK": "Tokelau",
    "country.TL": "Timor-Leste",
    "country.TM": "Turkmenistan",
    "country.TN": "Tunisia",
    "country.TO": "Tonga",
    "country.TR": "Türkiye",
    "country.TT": "Trinidad & Tobago",
    "country.TV": "Tuvalu",
    "country.TW": "Taiwan",
    "country.TZ": "Tanzania",
    "country.UA": "Ukraine",
    "country.UG": "Uganda",
    "country.US": "United States",
    "country.UY": "Uruguay",
    "country.UZ": "Uzbekistan",
    "country.VA": "Vatican City",
    "country.VC": "St. Vincent & Grenadines",
    "country.VE": "Venezuela",
    "country.VG": "British Virgin Islands",
    "country.VI": "U.S. Virgin Islands",
    "country.VN": "Vietnam",
    "country.VU": "Vanuatu",
    "country.WF": "Wallis & Futuna",
    "country.WS": "Samoa",
    "country.XK": "Kosovo",
    "country.YE": "Yemen",
    "country.YT": "Mayotte",
    "country.ZA": "South Africa",
    "country.ZM": "Zambia",
    "country.ZW": "Zimbabwe",
}
