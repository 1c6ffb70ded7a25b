"""English text of the bundled templates: the reference the other languages follow."""

from __future__ import annotations

from .types import LanguageText, TemplateText


BLANK: TemplateText = {
    "title": "Blank journey map",
    "journey": {"name": "New journey", "goal": "", "description": ""},
    "departments": [],
    "personas": {},
    "stages": {
        "stage-before": {
            "name": "Discover",
            "description": "The customer notices a need and looks for a way to meet it.",
        },
        "stage-during": {
            "name": "Choose and buy",
            "description": "The customer compares the options, decides and buys.",
        },
        "stage-after": {
            "name": "Receive and use",
            "description": "Delivery, bills, use, support and what follows the sale.",
        },
    },
    "lanes": {},
    "cards": {},
}

RETAIL: TemplateText = {
    "title": "Retail purchase journey",
    "journey": {
        "name": "Buying a sofa",
        "goal": "Raise satisfaction across the whole purchase, from the first ad to help after "
                "delivery, by finding where the experience breaks between channels.",
        "description": "Current-state map of a customer buying a sofa from a home-furnishing "
                       "chain with stores and a web shop. Every touchpoint of the before, during "
                       "and after purchase catalog is on it: replace the examples with your own "
                       "findings.",
    },
    "departments": ["Marketing", "E-commerce", "Stores", "Logistics", "Finance",
                    "Customer service"],
    "personas": {
        "persona-first-home": {
            "name": "Emma Lind",
            "segment": "Young couples furnishing their first home",
            "goals": "A comfortable sofa that lasts, within budget, delivered on a day that suits "
                     "her.",
            "needs": "Honest reviews, delivery dates she can trust, a chance to try the sofa "
                     "before buying, flexible payment.",
            "frustrations": "Web and store saying different things, waiting at home all day for "
                            "a delivery, hunting for a phone number when something is wrong.",
            "quote": "I don't mind waiting three weeks. I mind not knowing which three weeks.",
        },
    },
    "stages": {
        "stage-discover": {
            "name": "Discover",
            "description": "The old sofa no longer fits; ideas start to come from all sides.",
        },
        "stage-research": {
            "name": "Research",
            "description": "Comparing brands, prices and what other buyers say.",
        },
        "stage-choose": {
            "name": "Choose",
            "description": "Narrowing it down online, then trying the favourites in a store.",
        },
        "stage-buy": {
            "name": "Buy",
            "description": "Deciding, ordering and paying.",
        },
        "stage-receive": {
            "name": "Pay and receive",
            "description": "Order updates, the invoice and the delivery itself.",
        },
        "stage-use": {
            "name": "Use and get help",
            "description": "Living with the sofa, getting help, hearing from the store again.",
        },
    },
    "lanes": {
        "lane-social": "Social and media",
        "lane-online": "Website and online",
        "lane-store": "Store and staff",
        "lane-mail": "E-mail and post",
        "lane-service": "Service and support",
        "lane-teams": "Teams behind the touchpoint",
        "lane-systems": "Systems and partners",
    },
    "cards": {
        "card-advertising": {
            "title": "Advertising", "channel": "Online video and bus-shelter ads",
            "owner": "Marketing",
            "notes": "Spring campaign for living-room furniture.",
            "pain_points": "The ad shows one sofa, but the link opens the start page.",
            "ideas": "Send each ad to a landing page for the model it shows.",
            "evidence.analytics": "Clicks are fine, yet most visitors from the ad leave within a "
                                  "minute.",
        },
        "card-social-media": {
            "title": "Social media", "channel": "Instagram and Facebook",
            "owner": "Social media team",
            "notes": "Friends post their new living rooms; our account shares some of them.",
        },
        "card-word-of-mouth": {
            "title": "Word of mouth", "channel": "Friends, family, colleagues",
            "owner": "All teams",
            "notes": "A colleague is full of praise for the sofa she bought last year.",
            "evidence.interview": "Half of the buyers we interviewed first heard of us from "
                                  "someone they know.",
        },
        "card-pr": {
            "title": "PR", "channel": "Interior magazines", "owner": "Communications",
            "notes": "A design magazine runs a feature on the new sofa range.",
        },
        "card-community": {
            "title": "Community involvement", "channel": "Local events and sponsoring",
            "owner": "Store management",
            "notes": "The local store furnished the reading corner of the town library.",
        },
        "card-ratings-reviews": {
            "title": "Ratings and reviews", "channel": "Review sites and product pages",
            "owner": "E-commerce team",
            "customer_goal": "Learn whether the sofa keeps its shape after a few years.",
            "expectations": "Plenty of recent reviews from homes like hers.",
            "pain_points": "Reviews are spread over several sites and hard to compare.",
            "evidence.review_site": "Average 4.1 of 5; most low scores are about delivery, not the"
                                    " product.",
        },
        "card-testimonials": {
            "title": "Testimonials", "channel": "Customer stories on the website",
            "owner": "Marketing",
            "notes": "Short stories and photos from customers in their own homes.",
        },
        "card-website": {
            "title": "Website", "channel": "Web shop", "owner": "E-commerce team",
            "customer_goal": "Compare models, fabrics and prices, and see when the sofa can come.",
            "expectations": "Real stock levels and a delivery date she can rely on.",
            "pain_points": "The product page promises delivery in 3-5 days; in the store the "
                           "same sofa takes four weeks.",
            "desired_think": "They know exactly when my sofa will arrive.",
            "desired_do": "Save a favourite and book a time to try it in the store.",
            "desired_feel": "Confident and in control.",
            "ideas": "Take delivery dates from the same stock system the stores use.",
            "evidence.analytics": "Many visitors leave the product page right after opening the "
                                  "delivery details.",
        },
        "card-catalog": {
            "title": "Catalog", "channel": "Printed catalog by post", "owner": "Marketing",
            "notes": "The yearly catalog arrives; she folds down the corners of three sofa pages.",
        },
        "card-promotions": {
            "title": "Promotions", "channel": "Campaign page and member codes",
            "owner": "Marketing",
            "notes": "15% off for members; the campaign page lists the models it covers.",
        },
        "card-store": {
            "title": "Store", "channel": "Store", "owner": "Store staff",
            "customer_goal": "Sit on the sofas and feel the fabrics.",
            "expectations": "The models she saved online are on display.",
            "desired_feel": "Welcome, with time to try things in peace.",
            "evidence.observation": "The sofa area is busiest on weekend afternoons, when fewest "
                                    "staff are free.",
        },
        "card-sales-staff": {
            "title": "Sales staff", "channel": "Store", "owner": "Store staff",
            "notes": "Helps with size and fabric and books the delivery.",
            "pain_points": "Staff cannot see the web shop's delivery dates and quote their own.",
        },
        "card-phone-line": {
            "title": "Phone line", "channel": "Customer service number",
            "owner": "Customer service",
            "notes": "She calls to ask whether the grey fabric is in stock before driving over.",
            "pain_points": "Long queue at lunchtime, and no menu choice for stock questions.",
        },
        "card-point-of-sale": {
            "title": "Point of sale", "channel": "Store checkout", "owner": "Store staff",
            "customer_goal": "Pay safely and spread the cost.",
            "expectations": "Several ways to pay and a receipt that shows the delivery date.",
        },
        "card-transactional-emails": {
            "title": "Transactional e-mails", "channel": "Order confirmation and delivery notices",
            "owner": "E-commerce team",
            "customer_goal": "Know what she ordered and when it will come.",
            "expectations": "A confirmation straight away and a delivery window well ahead.",
            "pain_points": "The delivery time slot arrives the evening before.",
            "desired_think": "I know when to be at home.",
            "ideas": "Send a tracking link with a two-hour window three days ahead.",
            "evidence.support_log": "'Where is my order?' is the most common reason to call.",
        },
        "card-billing": {
            "title": "Billing", "channel": "Invoice and instalment plan", "owner": "Finance",
            "notes": "Instalment invoices come from the payment partner, under its own name.",
            "pain_points": "She does not recognise the sender and nearly ignores the first "
                           "invoice.",
        },
        "card-thank-you-card": {
            "title": "Thank-you card", "channel": "Handwritten note left with the delivery",
            "owner": "Logistics",
            "notes": "Workshop idea: the delivery crew leaves a note with care tips.",
            "desired_feel": "Treated as a person, not an order number.",
        },
        "card-online-help-center": {
            "title": "Online help center", "channel": "Help pages on the website",
            "owner": "Customer service",
            "customer_goal": "Find care instructions and how to report a loose seam.",
            "pain_points": "The contact details sit at the bottom of a long FAQ.",
        },
        "card-service-support": {
            "title": "Service and support", "channel": "Phone, chat and e-mail",
            "owner": "Customer service",
            "expectations": "One person who solves it without her telling the story twice.",
            "desired_do": "Report the problem once, with a photo.",
            "evidence.survey": "Short survey after every closed case.",
        },
        "card-follow-up": {
            "title": "Follow-up", "channel": "Feedback survey", "owner": "Customer service",
            "notes": "A survey two weeks after delivery.",
            "ideas": "Ask one question about the delivery and one about the sofa, not twenty.",
        },
        "card-marketing-emails": {
            "title": "Marketing e-mails", "channel": "Newsletter", "owner": "Marketing",
            "notes": "Offers on cushions and throws that match her sofa.",
            "pain_points": "The first newsletter showed her sofa at a lower price.",
        },
        "card-goal-discover": {"title": "Find a sofa that fits the new living room"},
        "card-goal-research": {"title": "Learn which models last and what they cost"},
        "card-goal-choose": {"title": "Try the favourites, pick size and fabric"},
        "card-goal-buy": {"title": "Pay safely and agree on a delivery day"},
        "card-goal-receive": {"title": "Get the sofa home undamaged, on the promised day"},
        "card-goal-use": {"title": "Enjoy it, and get quick help if something is wrong"},
        "card-question-research": {"title": "Will it survive children and a dog?"},
        "card-question-choose": {"title": "When can it really be delivered?"},
        "card-question-buy": {"title": "Can I spread the cost over a year?"},
        "card-question-receive": {"title": "Where is my order right now?"},
        "card-question-use": {"title": "Who do I contact about a loose seam?"},
        "card-pain-research": {"title": "Reviews scattered over many sites"},
        "card-pain-choose": {"title": "Web and store give different delivery times"},
        "card-pain-receive": {"title": "Delivery slot announced the evening before"},
        "card-pain-use": {"title": "Support contact details hard to find"},
        "card-idea-choose": {"title": "One source of stock and delivery dates for web and store"},
        "card-idea-receive": {"title": "Tracking link with a two-hour window, three days ahead"},
        "card-idea-use": {"title": "Contact details on the invoice and in every e-mail"},
        "card-team-discover": {"title": "Marketing, communications"},
        "card-team-research": {"title": "E-commerce (reviews), marketing"},
        "card-team-choose": {"title": "E-commerce, store staff"},
        "card-team-buy": {"title": "Store staff, payment partner"},
        "card-team-receive": {"title": "Logistics, finance"},
        "card-team-use": {"title": "Customer service"},
        "card-system-web-stock": {"title": "Web shop stock feed"},
        "card-system-store-stock": {"title": "Store stock list, updated nightly"},
        "card-system-payment": {"title": "Payment provider"},
        "card-system-carrier": {"title": "Carrier's tracking system"},
        "card-system-tickets": {"title": "Support ticket system"},
    },
}

B2B: TemplateText = {
    "title": "B2B software purchase journey",
    "journey": {
        "name": "Choosing a service desk tool",
        "goal": "Cut support tickets in a new customer's first 90 days by a third, focusing on "
                "the hand-over from sales, onboarding and the help center.",
        "description": "Current-state map of a company of about 300 people replacing a shared "
                       "IT inbox with a cloud service desk. Seen through the IT lead who runs "
                       "the evaluation; the finance buyer joins when it is time to buy.",
    },
    "departments": ["Sales", "Customer success", "Support", "Finance", "Marketing"],
    "personas": {
        "persona-it-lead": {
            "name": "Jonas Berg",
            "segment": "IT lead at a mid-size company (100-500 staff)",
            "goals": "One service desk that his team of four can run without consultants.",
            "needs": "A trial with real data, single sign-on, clear security documents and a "
                     "price he can defend.",
            "frustrations": "Sales calls before he has seen the product, prices behind a form, "
                            "a trial that runs out halfway through testing.",
            "quote": "Let me put a normal week of tickets through it before anyone sends a "
                     "contract.",
        },
        "persona-buyer": {
            "name": "Lena Holm",
            "segment": "Finance and procurement at a mid-size company",
            "goals": "A predictable cost over the whole contract and terms that pass the "
                     "purchasing policy.",
            "needs": "Price per user in writing, a standard data processing agreement, invoices "
                     "that carry the order number.",
            "frustrations": "Prices that jump after year one, invoices that do not match the "
                            "order, not knowing who has to sign.",
            "quote": "Show me the total for three years on one page.",
        },
    },
    "stages": {
        "stage-need": {
            "name": "Recognise the need",
            "description": "Requests get lost in the shared inbox; the IT lead looks for a fix.",
        },
        "stage-research": {
            "name": "Research",
            "description": "Searching, reading and asking peers which tools suit a team this size.",
        },
        "stage-evaluate": {
            "name": "Evaluate",
            "description": "Demo, a trial with the team's own tickets, security review.",
        },
        "stage-buy": {
            "name": "Buy",
            "description": "Quote, procurement checks, contract and the first invoice.",
        },
        "stage-onboard": {
            "name": "Onboard",
            "description": "Kick-off, setup, single sign-on, the first users moved over.",
        },
        "stage-adopt": {
            "name": "Adopt and renew",
            "description": "Daily use, support, new features and the renewal decision.",
        },
    },
    "lanes": {
        "lane-search": "Online search and blogs",
        "lane-events": "Events and conferences",
        "lane-sales": "Sales and demos",
        "lane-web": "Website and trial",
        "lane-email": "E-mail",
        "lane-support": "Support and help center",
    },
    "cards": {
        "card-peer-advice": {
            "title": "Advice from peers", "channel": "IT forum", "owner": "All teams",
            "notes": "Another IT lead in a forum thread says a real service desk saved his team.",
        },
        "card-online-search": {
            "title": "Online search", "channel": "Search engine", "owner": "Marketing",
            "customer_goal": "Find out what such tools are called and what exists.",
            "notes": "Searches for 'help desk for a small IT team'; our guide is on the first "
                     "page.",
        },
        "card-blog": {
            "title": "Blog article", "channel": "Company blog", "owner": "Marketing",
            "notes": "Guide: five signs you have outgrown the shared inbox.",
            "evidence.analytics": "The most read page among visitors who later start a trial.",
        },
        "card-review-sites": {
            "title": "Software review sites", "channel": "Comparison and review sites",
            "owner": "Marketing",
            "expectations": "Honest reviews from companies of the same size.",
            "evidence.review_site": "Rated 4.5 of 5; praise for the setup, complaints about "
                                    "reports.",
        },
        "card-conference": {
            "title": "Industry conference", "channel": "Stand and customer talk",
            "owner": "Marketing",
            "notes": "Meets the team at the stand and hears a customer talk about their first "
                     "year.",
        },
        "card-pricing-page": {
            "title": "Pricing page", "channel": "Website", "owner": "Marketing",
            "customer_goal": "Work out the cost for four agents and 300 employees.",
            "expectations": "A price per agent without booking a call.",
            "pain_points": "The plan he needs only says 'contact us'.",
            "ideas": "Publish every price and add a cost calculator.",
            "evidence.analytics": "A third of all visits end on the pricing page.",
        },
        "card-email-campaign": {
            "title": "E-mail campaign", "channel": "E-mail series after a download",
            "owner": "Marketing",
            "notes": "Three e-mails after he downloads the comparison checklist.",
        },
        "card-free-trial": {
            "title": "Free trial", "channel": "Trial account", "owner": "Product team",
            "customer_goal": "Put a normal week of tickets through the tool.",
            "expectations": "Set up in an afternoon, with the real inbox connected.",
            "desired_think": "This would work for us.",
            "desired_do": "Invite the team and connect the shared inbox.",
            "desired_feel": "Relieved that it is simpler than he feared.",
        },
        "card-trial-emails": {
            "title": "Trial e-mails", "channel": "Automated e-mails during the trial",
            "owner": "Marketing",
            "pain_points": "A daily e-mail about features he does not need; none says how many "
                           "days are left.",
        },
        "card-product-demo": {
            "title": "Product demo", "channel": "Video meeting", "owner": "Sales",
            "notes": "A sales engineer shows reports and automation on his own trial data.",
            "evidence.interview": "Buyers who had a demo during the trial call it the turning "
                                  "point.",
        },
        "card-sales-call": {
            "title": "Sales call", "channel": "Phone", "owner": "Sales",
            "notes": "Questions about the number of agents, the timeline and who decides.",
        },
        "card-security-docs": {
            "title": "Security documentation", "channel": "Trust page, documents on request",
            "owner": "Security and legal",
            "pain_points": "The data processing agreement must be asked for by e-mail and takes a "
                           "week.",
        },
        "card-quote": {
            "title": "Quote and contract", "channel": "E-mail with PDF", "owner": "Sales",
            "notes": "Three-year quote with a first-year discount.",
            "pain_points": "The finance buyer cannot see the price for years two and three.",
        },
        "card-supplier-questionnaire": {
            "title": "Supplier questionnaire", "channel": "Procurement portal", "owner": "Finance",
            "notes": "Forty questions on security, finances and sustainability.",
        },
        "card-e-signing": {
            "title": "Online contract signing", "channel": "E-signature service", "owner": "Sales",
            "notes": "The finance lead signs in a few minutes.",
        },
        "card-invoice": {
            "title": "Invoice", "channel": "E-mail invoice", "owner": "Finance",
            "pain_points": "The first invoice lacks the purchase order number and is sent back.",
            "ideas": "Ask for the order number at signing and print it on every invoice.",
        },
        "card-welcome-email": {
            "title": "Welcome e-mail", "channel": "E-mail", "owner": "Customer success",
            "notes": "Names the onboarding manager and links to the setup guides.",
        },
        "card-kickoff": {
            "title": "Kick-off meeting", "channel": "Video meeting", "owner": "Customer success",
            "customer_goal": "Agree on a plan to go live within a month.",
            "expectations": "People who already know what was promised during the sale.",
            "pain_points": "He explains the setup again because the sales notes were not passed "
                           "on.",
            "desired_think": "They know our situation.",
            "evidence.interview": "Several new customers describe repeating their needs at kick-"
                                  "off.",
        },
        "card-setup-guides": {
            "title": "Setup guides", "channel": "Help center", "owner": "Support",
            "notes": "Step-by-step guides for single sign-on, e-mail channels and user import.",
        },
        "card-who-to-contact": {
            "title": "Who to contact about a problem",
            "channel": "Contact details in e-mails, help center and contract",
            "owner": "Customer success",
            "pain_points": "The welcome e-mail says to ask the onboarding manager, the help center "
                           "says to open a ticket, the contract names a general mailbox.",
            "ideas": "One contact page per customer, linked from every e-mail.",
            "evidence.support_log": "One in four early tickets first went to the wrong place.",
        },
        "card-support-tickets": {
            "title": "Support tickets", "channel": "Support portal and chat", "owner": "Support",
            "evidence.survey": "Short survey after every closed ticket.",
        },
        "card-user-conference": {
            "title": "User conference", "channel": "Yearly customer event", "owner": "Marketing",
            "notes": "Customers share how they work; the product team shows what comes next.",
        },
        "card-update-emails": {
            "title": "Product update e-mails", "channel": "Monthly e-mail", "owner": "Product team",
            "notes": "New features and tips, more often read by the agents than by the IT lead.",
        },
        "card-renewal": {
            "title": "Renewal review", "channel": "Meeting with the account manager",
            "owner": "Customer success",
            "customer_goal": "Decide whether to renew, and for how many agents.",
            "expectations": "Usage figures and next year's price well before the deadline.",
        },
        "card-goal-need": {"title": "Stop losing requests in the shared inbox"},
        "card-goal-research": {"title": "Shortlist three tools that fit the team"},
        "card-goal-evaluate": {"title": "Prove it works with real tickets"},
        "card-goal-buy": {"title": "A fair contract, signed without delays"},
        "card-goal-onboard": {"title": "Live within a month"},
        "card-goal-adopt": {"title": "No lost requests, a clear view of the workload"},
        "card-question-research": {"title": "What will four agents cost?"},
        "card-question-evaluate": {"title": "Does it work with our single sign-on?"},
        "card-question-buy": {"title": "Who has to approve and sign?"},
        "card-question-onboard": {"title": "Whom do we call when the import fails?"},
        "card-question-adopt": {"title": "Is it worth renewing at the new price?"},
        "card-pain-research": {"title": "Key prices hidden behind 'contact us'"},
        "card-pain-evaluate": {"title": "Trial ends before the security review is done"},
        "card-pain-buy": {"title": "Invoice rejected: no order number"},
        "card-pain-onboard": {"title": "Needs repeated at kick-off"},
        "card-idea-research": {"title": "Public prices and a cost calculator"},
        "card-idea-evaluate": {"title": "Extend the trial while a deal is open"},
        "card-idea-onboard": {"title": "Sales notes handed over to customer success"},
        "card-team-need": {"title": "Marketing (content)"},
        "card-team-research": {"title": "Marketing"},
        "card-team-evaluate": {"title": "Sales, sales engineers, product"},
        "card-team-buy": {"title": "Sales, finance, legal"},
        "card-team-onboard": {"title": "Customer success, support"},
        "card-team-adopt": {"title": "Support, customer success, product"},
    },
}

TEXT: LanguageText = {
    "lanes": {
        "lane-goals": "Customer goals",
        "lane-questions": "Questions",
        "lane-touchpoints": "Touchpoints",
        "lane-emotion": "Emotion",
        "lane-pain": "Pain points",
        "lane-ideas": "Ideas",
        "lane-teams": "Teams",
    },
    "metrics": {
        "csat": {"name": "Customer satisfaction (CSAT, 1-5)",
                 "source": "Survey after each case"},
        "conversion": {"name": "Conversion rate (%)", "source": "Web analytics"},
        "trial_conversion": {"name": "Trials that become customers (%)", "source": "CRM"},
        "early_tickets": {"name": "Tickets per customer in the first 90 days",
                          "source": "Support ticket system"},
    },
    "templates": {"blank": BLANK, "retail": RETAIL, "b2b-software": B2B},
}
