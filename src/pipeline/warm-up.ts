// The warm-up document each worker thread processes once before real work.

/**
 * A small document that touches every extractor, processed once when a thread starts so lazy set-up
 * (lexicon patterns, the gazetteer, the NLP model) is not charged to the first real document.
 */
export const WARM_UP = `# Peer mentoring for prisoners (PMP)

Project promoter: Probation Service of Lithuania (LT)
Partners: Ministry of Justice, Norway; University of Thessaly, Greece
Project Number: LT14-0006
Status: Completed
Total budget: € 461.122, of which €389,213 from Norway Grants
Timeframe: 01/10/2018 – 30/09/2020 (24 months)
Target groups: prisoners, young offenders, victims and their families

The project was implemented by the service in partnership with Aproximar (Portugal). It trained
20 mentors and 450 professionals will take part. Dubrovnik, 20 October 2022.

Contact: Dr Jane Smith (project manager), jane.smith@example.org, Tel: +370 5 266 0000
RATING: Promising
`;
