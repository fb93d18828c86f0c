DROP TABLE pets;
DROP TABLE owners;
DROP TABLE vet_specialties;
DROP TABLE specialties;
DROP TABLE vets;
