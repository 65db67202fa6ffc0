"Reports: the schema of regions and tags, IU X-ray reports, sentences, the lexicon, anatomy rules and the parser."
