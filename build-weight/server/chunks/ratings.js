export { i as ratingSchema } from "./ratings2.js";
